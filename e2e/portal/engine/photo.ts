import { encodePng } from './png.ts'
import { paintPortrait } from './portrait.ts'
import { createRandom, deriveSeed, pick, randomHex } from './random.ts'

/**
 * Users' photos as Bitrix24 stores and serves them (docs/bitrix24.md "Photos"): an original under
 * `/upload/<SUBDIR>/<FILE_NAME>`, large and uncompressed like a camera upload (hundreds of KB), and
 * `IMAGE_RESIZE` copies under `/upload/resize_cache/<SUBDIR>/<w>_<h>_0/<FILE_NAME>`, fitted into the
 * preset's box and a few KB. A photo already inside the box is linked as the original.
 */

/** `user.get`'s IMAGE_RESIZE presets. */
export const RESIZE_PRESETS = {
  small: { width: 150, height: 150 },
  medium: { width: 300, height: 300 },
  large: { width: 1000, height: 1000 },
} as const
export type ResizePreset = keyof typeof RESIZE_PRESETS

/**
 * `pattern`: a mirrored identicon (the test seed); `portrait`: a head-and-shoulders silhouette like a
 * profile picture (the demo seed). Carried in the file name, so a URL alone says how to paint it.
 */
export type PhotoStyle = 'pattern' | 'portrait'
const FILE_PREFIX: Record<PhotoStyle, string> = { pattern: 'avatar', portrait: 'portrait' }

/** BX_RESIZE_IMAGE_PROPORTIONAL_ALT, the resize type in the cache path. */
const RESIZE_TYPE = 0
/** Originals as uploaded: mostly camera-sized, one in ten a small avatar that needs no resizing. */
const ORIGINAL_SIZES = [
  [480, 480],
  [640, 480],
  [480, 640],
  [600, 600],
  [512, 384],
  [400, 400],
  [480, 480],
  [640, 480],
  [600, 600],
  [120, 120],
] as const

/** Most users have a photo; every sixth has none (no PERSONAL_PHOTO at all). */
export function hasPhoto(userId: number): boolean {
  return userId % 6 !== 5
}

interface StoredPhoto {
  subdir: string
  fileName: string
  width: number
  height: number
}

/** Derived from the id alone, so worked out once per user (user.get links thousands a second). */
const storedPhotos = new Map<string, StoredPhoto>()

function storedPhoto(userId: number, style: PhotoStyle): StoredPhoto {
  const key = `${style}:${userId}`
  let photo = storedPhotos.get(key)
  if (!photo) {
    photo = deriveStoredPhoto(userId, style)
    storedPhotos.set(key, photo)
  }
  return photo
}

function deriveStoredPhoto(userId: number, style: PhotoStyle): StoredPhoto {
  const random = createRandom(deriveSeed(userId, 0x9407))
  const [width, height] = pick(random, ORIGINAL_SIZES)
  return {
    subdir: `main/${randomHex(random, 3)}/${randomHex(random, 32)}`,
    fileName: `${FILE_PREFIX[style]}-${userId}.png`,
    width,
    height,
  }
}

/** The photo's URL: the original, or the resized copy for a preset (the original when it already fits). */
export function photoUrl(
  photoBaseUrl: string,
  userId: number,
  preset?: ResizePreset,
  style: PhotoStyle = 'pattern',
): string {
  if (!hasPhoto(userId)) return ''
  const base = photoBaseUrl.replace(/\/+$/, '')
  const photo = storedPhoto(userId, style)
  const box = preset === undefined ? undefined : RESIZE_PRESETS[preset]
  if (box === undefined || (photo.width <= box.width && photo.height <= box.height))
    return `${base}/upload/${photo.subdir}/${photo.fileName}`
  return `${base}/upload/resize_cache/${photo.subdir}/${box.width}_${box.height}_${RESIZE_TYPE}/${photo.fileName}`
}

const PHOTO_PATH =
  /^\/upload\/(?:resize_cache\/)?(main\/[0-9a-f]{3}\/[0-9a-f]{32})\/(?:(\d+)_(\d+)_0\/)?(avatar|portrait)-(\d+)\.png$/

type PhotoFile = { contentType: string; body: Buffer }

/**
 * Files already painted, by path: Bitrix24 serves photos as static files, so painting one again for
 * every request would make the local portal slow where Bitrix24 is not (it shares a thread with REST).
 */
const painted = new Map<string, PhotoFile | undefined>()
const MAX_PAINTED = 2_000

/** The PNG behind a photo URL's path, or undefined when no such file exists. */
export function photoFile(pathname: string): PhotoFile | undefined {
  if (painted.has(pathname)) return painted.get(pathname)
  const file = paintFile(pathname)
  if (painted.size >= MAX_PAINTED) painted.clear()
  painted.set(pathname, file)
  return file
}

function paintFile(pathname: string): PhotoFile | undefined {
  const match = PHOTO_PATH.exec(pathname)
  const userId = Number(match?.[5])
  if (!match || !hasPhoto(userId)) return undefined
  const style: PhotoStyle = match[4] === 'portrait' ? 'portrait' : 'pattern'
  const photo = storedPhoto(userId, style)
  const resized = pathname.startsWith('/upload/resize_cache/')
  if (match[1] !== photo.subdir || resized !== (match[2] !== undefined)) return undefined
  if (!resized)
    return {
      contentType: 'image/png',
      body: paint(userId, style, photo.width, photo.height, original(photo)),
    }
  const box = Object.values(RESIZE_PRESETS).find(
    (size) => size.width === Number(match[2]) && size.height === Number(match[3]),
  )
  if (!box || (photo.width <= box.width && photo.height <= box.height)) return undefined
  const scale = Math.min(box.width / photo.width, box.height / photo.height)
  const width = Math.max(1, Math.round(photo.width * scale))
  const height = Math.max(1, Math.round(photo.height * scale))
  return { contentType: 'image/png', body: paint(userId, style, width, height, 6) }
}

/** An uncompressed original is hundreds of KB; a small one is saved compressed, like a small JPEG. */
function original(photo: StoredPhoto): number {
  return photo.width * photo.height > RESIZE_PRESETS.small.width * RESIZE_PRESETS.small.height ? 0 : 6
}

/**
 * A mirrored 5×5 pattern on a tinted background with a little grain (so a small copy compresses to a
 * few KB, as a JPEG avatar would); the same picture at any size.
 */
function paint(userId: number, style: PhotoStyle, width: number, height: number, level: number): Buffer {
  if (style === 'portrait') return encodePng(width, height, paintPortrait(userId, width, height), level)
  const random = createRandom(deriveSeed(userId, 0x50f0))
  const hue = random() * 360
  const cells = Array.from({ length: 15 }, () => random() < 0.5)
  const background = hsl(hue, 0.45, 0.9)
  const foreground = hsl(hue, 0.55, 0.4)
  // Grain only where it changes the file: an uncompressed original is as large without it.
  const grain = level === 0 ? () => 0 : createRandom(deriveSeed(userId, 0x50f1))
  const rgb = new Uint8Array(width * height * 3)
  for (let y = 0; y < height; y++) {
    const row = Math.floor((y / height) * 7 - 1)
    for (let x = 0; x < width; x++) {
      const col = Math.floor((x / width) * 7 - 1)
      const mirrored = col > 2 ? 4 - col : col
      const on = row >= 0 && row < 5 && col >= 0 && col < 5 && cells[row * 3 + mirrored] === true
      const colour = on ? foreground : background
      const noise = grain() < 0.5 ? 0 : 1
      const at = (y * width + x) * 3
      rgb[at] = colour[0] - noise
      rgb[at + 1] = colour[1] - noise
      rgb[at + 2] = colour[2] - noise
    }
  }
  return encodePng(width, height, rgb, level)
}

function hsl(hue: number, saturation: number, lightness: number): [number, number, number] {
  const a = saturation * Math.min(lightness, 1 - lightness)
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12
    return Math.round(255 * (lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))))
  }
  return [channel(0), channel(8), channel(4)]
}

import { createRandom, deriveSeed, pick } from './random.ts'

type Rgb = readonly [number, number, number]

const SKIN: readonly Rgb[] = [
  [246, 214, 190],
  [234, 192, 160],
  [214, 165, 125],
  [178, 124, 88],
  [128, 86, 60],
]
const HAIR: readonly Rgb[] = [
  [44, 34, 30],
  [84, 58, 40],
  [140, 98, 58],
  [196, 160, 102],
  [120, 120, 124],
]
const CLOTHES: readonly Rgb[] = [
  [46, 74, 120],
  [60, 64, 72],
  [118, 52, 62],
  [48, 104, 92],
  [210, 214, 222],
  [92, 76, 130],
]
const BACKGROUNDS: readonly Rgb[] = [
  [214, 228, 242],
  [226, 236, 222],
  [240, 230, 216],
  [232, 224, 240],
  [222, 232, 236],
]

/**
 * A head-and-shoulders silhouette, like a profile picture cropped to a face: a soft background, hair,
 * a face and a shirt, each person's colours their own. 2×2 samples a pixel keep the edges smooth at
 * avatar sizes. Returns RGB bytes for png.ts.
 */
export function paintPortrait(userId: number, width: number, height: number): Uint8Array {
  const random = createRandom(deriveSeed(userId, 0x9e77))
  const skin = pick(random, SKIN)
  const hair = pick(random, HAIR)
  const clothes = pick(random, CLOTHES)
  const background = pick(random, BACKGROUNDS)
  // Longer hair for some: the hair reaches lower beside the face.
  const hairLength = random() < 0.45 ? 0.62 : 0.4
  const side = Math.min(width, height)
  const left = (width - side) / 2
  const top = (height - side) / 2
  const colourAt = (u: number, v: number): Rgb => {
    const dx = u - 0.5
    const inHead = dx * dx + (v - 0.42) ** 2 < 0.165 ** 2
    const inHair = dx * dx + (v - 0.39) ** 2 < 0.19 ** 2 && v < hairLength
    const inBody = (dx / 0.36) ** 2 + ((v - 0.98) / 0.3) ** 2 < 1
    const inNeck = Math.abs(dx) < 0.065 && v > 0.5 && v < 0.8
    if (inHead && !(inHair && v < 0.33)) return skin
    if (inHair && !inBody) return hair
    if (inBody) return clothes
    if (inNeck) return skin
    return background
  }
  const rgb = new Uint8Array(width * height * 3)
  const offsets = [0.25, 0.75]
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0
      let g = 0
      let b = 0
      for (const oy of offsets)
        for (const ox of offsets) {
          const [cr, cg, cb] = colourAt((x + ox - left) / side, (y + oy - top) / side)
          r += cr
          g += cg
          b += cb
        }
      const at = (y * width + x) * 3
      rgb[at] = r / 4
      rgb[at + 1] = g / 4
      rgb[at + 2] = b / 4
    }
  }
  return rgb
}

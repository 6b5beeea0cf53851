import { inflateSync } from 'node:zlib'
import { hasPhoto, photoFile, photoUrl } from './photo.ts'

/** Width, height and pixel bytes of a PNG this portal wrote (one IDAT chunk). */
function readPng(png: Buffer): { width: number; height: number; pixels: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  const idatLength = png.readUInt32BE(33)
  expect(png.subarray(37, 41).toString('latin1')).toBe('IDAT')
  const pixels = inflateSync(png.subarray(41, 41 + idatLength)).length
  return { width, height, pixels }
}

const pathOf = (url: string) => new URL(url).pathname
const BASE = 'http://127.0.0.1:9'

describe('photos', () => {
  test('an original is a large real PNG; the "small" copy fits 150×150 and is a few KB', () => {
    const original = photoFile(pathOf(photoUrl(BASE, 1)))
    const small = photoFile(pathOf(photoUrl(BASE, 1, 'small')))
    expect(original?.contentType).toBe('image/png')
    expect(original?.body.length).toBeGreaterThan(200_000)
    expect(small?.body.length).toBeLessThan(10_000)
    const big = readPng(original?.body ?? Buffer.alloc(0))
    const little = readPng(small?.body ?? Buffer.alloc(0))
    expect(big.pixels).toBe((big.width * 3 + 1) * big.height)
    expect(Math.max(little.width, little.height)).toBe(150)
    expect(little.width / little.height).toBeCloseTo(big.width / big.height, 1)
  })

  test('the same file every time; no file for users without a photo or for a made-up path', () => {
    const url = photoUrl(BASE, 3, 'medium')
    expect(photoFile(pathOf(url))?.body.equals(photoFile(pathOf(url))?.body ?? Buffer.alloc(0))).toBe(true)
    expect(hasPhoto(5)).toBe(false)
    expect(photoUrl(BASE, 5)).toBe('')
    expect(photoFile('/upload/main/abc/0123456789abcdef0123456789abcdef/avatar-1.png')).toBeUndefined()
    expect(photoFile(pathOf(photoUrl(BASE, 1)).replace('/upload/', '/upload/resize_cache/'))).toBeUndefined()
    expect(photoFile(pathOf(photoUrl(BASE, 1, 'small')).replace('150_150_0', '64_64_0'))).toBeUndefined()
  })

  test('a photo already inside the box is linked as the original, small and compressed', () => {
    const small = [...Array(60).keys()]
      .map((i) => i + 1)
      .filter((id) => hasPhoto(id) && photoUrl(BASE, id, 'small') === photoUrl(BASE, id))
    expect(small.length).toBeGreaterThan(0)
    const [id] = small
    const file = photoFile(pathOf(photoUrl(BASE, id ?? 0)))
    expect(file?.body.length).toBeLessThan(10_000)
  })
})

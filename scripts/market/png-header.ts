/** What the Market checks of a PNG, read from its chunks without decoding the pixels. */
export interface PngHeader {
  width: number
  height: number
  /** PNG colour type: 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA. */
  colourType: number
  /** Chunk types in file order (a `tRNS` chunk makes a colour transparent even without an alpha channel). */
  chunks: string[]
}

const SIGNATURE = '89504e470d0a1a0a'

export function readPngHeader(file: Buffer): PngHeader {
  if (file.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG file')
  const chunks: string[] = []
  for (let at = 8; at + 8 <= file.length;) {
    const length = file.readUInt32BE(at)
    chunks.push(file.toString('latin1', at + 4, at + 8))
    at += 12 + length
  }
  if (chunks[0] !== 'IHDR') throw new Error('PNG without IHDR first')
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20), colourType: file[25] ?? -1, chunks }
}

/** Opaque: no alpha channel (colour types 4 and 6) and no transparency chunk. */
export function isOpaque(header: PngHeader): boolean {
  return header.colourType !== 4 && header.colourType !== 6 && !header.chunks.includes('tRNS')
}

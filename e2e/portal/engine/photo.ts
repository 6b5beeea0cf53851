import { createRandom, deriveSeed } from './random.ts'

/** Most users have a photo; every sixth has none (an empty PERSONAL_PHOTO). */
export function hasPhoto(userId: number): boolean {
  return userId % 6 !== 5
}

export function photoUrl(photoBaseUrl: string, userId: number): string {
  return hasPhoto(userId) ? `${photoBaseUrl.replace(/\/+$/, '')}/upload/photo/${userId}.svg` : ''
}

/**
 * A small avatar for `/upload/photo/<id>.svg`: a mirrored 5×5 pattern (two "letters" worth of shape)
 * on a tinted background. No text, so no fonts are needed.
 */
export function photoSvg(userId: number): string {
  const random = createRandom(deriveSeed(userId, 0x50f0))
  const hue = Math.floor(random() * 360)
  const cells: string[] = []
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 3; col++) {
      if (random() < 0.5) continue
      cells.push(`M${col} ${row}h1v1h-1z`)
      if (col < 2) cells.push(`M${4 - col} ${row}h1v1h-1z`)
    }
  }
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-1 -1 7 7" width="96" height="96">',
    `<rect x="-1" y="-1" width="7" height="7" fill="hsl(${hue} 45% 90%)"/>`,
    `<path d="${cells.join('')}" fill="hsl(${hue} 55% 40%)"/>`,
    '</svg>',
  ].join('')
}

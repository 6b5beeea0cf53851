import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { encodePng } from '../../e2e/portal/engine/png.ts'

/**
 * The app's icon as the Market takes it: `public/icon.svg` drawn by Chromium on a white square,
 * returned as an RGB PNG (no alpha channel, so no transparent corners), `size` pixels a side.
 */
export async function renderIcon(page: Page, size: number): Promise<Buffer> {
  const svg = await readFile('public/icon.svg')
  const rgbBase64 = await page.evaluate(
    async ({ source, side }) => {
      const image = new Image()
      image.src = source
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = side
      canvas.height = side
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no 2D canvas')
      context.fillStyle = '#ffffff'
      context.fillRect(0, 0, side, side)
      context.drawImage(image, 0, 0, side, side)
      const rgba = context.getImageData(0, 0, side, side).data
      let binary = ''
      for (let i = 0; i < rgba.length; i += 4)
        binary += String.fromCharCode(rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0)
      return btoa(binary)
    },
    { source: `data:image/svg+xml;base64,${svg.toString('base64')}`, side: size },
  )
  return encodePng(size, size, new Uint8Array(Buffer.from(rgbBase64, 'base64')), 9)
}

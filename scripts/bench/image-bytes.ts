import type { BrowserContext, Request } from '@playwright/test'

export interface ImageTally {
  /** Image bodies fetched so far (every frame of the context), and how many. */
  stop(): Promise<{ bytes: number; count: number }>
}

/** Counts the bytes of every image the context fetches until `stop()`: what the first screen cost. */
export function tallyImages(context: BrowserContext): ImageTally {
  const sizes: Array<Promise<number>> = []
  const onFinished = (request: Request) => {
    if (request.resourceType() !== 'image') return
    sizes.push(
      request.sizes().then(
        (size) => size.responseBodySize,
        () => 0,
      ),
    )
  }
  context.on('requestfinished', onFinished)
  return {
    async stop() {
      context.off('requestfinished', onFinished)
      const bytes = await Promise.all(sizes)
      return { bytes: bytes.reduce((sum, size) => sum + size, 0), count: bytes.length }
    },
  }
}

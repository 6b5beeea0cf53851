import { useEffect } from 'react'

/**
 * Asks the portal to fit its iframe to the page whenever the content's height changes (banners
 * appearing, the table loading), at most once per animation frame.
 */
export function useFitFrame(fit: () => Promise<void>) {
  useEffect(() => {
    let frame = 0
    let lastHeight = -1
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const height = document.documentElement.scrollHeight
        if (height === lastHeight) return
        lastHeight = height
        fit().catch(() => undefined) // a portal that does not resize is no error for the user
      })
    })
    observer.observe(document.body)
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
    }
  }, [fit])
}

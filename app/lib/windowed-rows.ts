import { useLayoutEffect, useState, type RefObject } from 'react'

export interface RowWindow {
  start: number
  /** Exclusive. */
  end: number
}

/**
 * Which fixed-height rows a scroller shows (plus `overscan` either side). Rows all have one height,
 * so this is arithmetic, not measurement.
 */
export function visibleRange(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
  overscan: number,
): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight)
  const last = Math.ceil((Math.max(0, scrollTop) + viewport) / rowHeight)
  return { start: Math.max(0, Math.min(count, first - overscan)), end: Math.min(count, last + overscan) }
}

/** Keeps the window of rows in step with the scroller's scroll position and size. */
export function useWindowedRows(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan = 8,
): RowWindow {
  const [window, setWindow] = useState<RowWindow>(() => visibleRange(count, rowHeight, 0, 800, overscan))
  useLayoutEffect(() => {
    const element = scrollRef.current
    if (!element) return
    const update = () => {
      const next = visibleRange(count, rowHeight, element.scrollTop, element.clientHeight, overscan)
      setWindow((current) => (current.start === next.start && current.end === next.end ? current : next))
    }
    update()
    element.addEventListener('scroll', update, { passive: true })
    const observer = new ResizeObserver(update)
    observer.observe(element)
    return () => {
      element.removeEventListener('scroll', update)
      observer.disconnect()
    }
  }, [scrollRef, count, rowHeight, overscan])
  return window
}

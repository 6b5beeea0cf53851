import { startTransition, useLayoutEffect, useState, type RefObject } from 'react'

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

/**
 * Keeps the window of rows in step with the scroller's scroll position and size. Scrolling renders the
 * new rows in a transition: React yields between rows, so a fast scroll through tens of thousands of
 * rows never blocks the page for a long task, and a window already passed is not rendered at all.
 */
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
    const updateLater = () => startTransition(update)
    update()
    element.addEventListener('scroll', updateLater, { passive: true })
    const observer = new ResizeObserver(updateLater)
    observer.observe(element)
    return () => {
      element.removeEventListener('scroll', updateLater)
      observer.disconnect()
    }
  }, [scrollRef, count, rowHeight, overscan])
  return window
}

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
 * The position and size are read on scroll and resize only; a new `count` (the list growing with each
 * batch, a search narrowing it) gives the window in the same render, with no read after the commit to
 * force a layout and no second render.
 */
export function useWindowedRows(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  {
    overscan = 1,
    height = 800,
    resetKey,
  }: {
    overscan?: number
    /**
     * The scroller's height before it is measured: its real one (a fixed cap) gives the first render
     * exactly the rows it shows, and the first measure nothing to change.
     */
    height?: number
    /**
     * What the rows are (a search, a filter, an order): when it changes, the list is a new one and is
     * shown from its top, in the same render, not from wherever the last one was scrolled to.
     */
    resetKey?: string
  } = {},
): RowWindow {
  const [viewport, setViewport] = useState({ scrollTop: 0, height })
  // Whose rows are shown, and whether the scroller was away from the top when they came.
  const [reset, setReset] = useState({ key: resetKey, scrolled: false })
  let shown = viewport
  if (reset.key !== resetKey) {
    // Adjusted while rendering (React's pattern for state that follows a prop): the new list is never
    // drawn at the old position first.
    setReset({ key: resetKey, scrolled: viewport.scrollTop !== 0 })
    shown = { ...viewport, scrollTop: 0 }
    setViewport(shown)
  }
  useLayoutEffect(() => {
    // Only a scroller that was moved is moved back: at the top already, nothing is read or written.
    if (reset.scrolled && scrollRef.current) scrollRef.current.scrollTop = 0
  }, [scrollRef, reset])
  useLayoutEffect(() => {
    const element = scrollRef.current
    if (!element) return
    const measure = () => {
      const next = { scrollTop: element.scrollTop, height: element.clientHeight }
      setViewport((current) =>
        current.scrollTop === next.scrollTop && current.height === next.height ? current : next,
      )
    }
    const measureLater = () => startTransition(measure)
    measure()
    element.addEventListener('scroll', measureLater, { passive: true })
    const observer = new ResizeObserver(measureLater)
    observer.observe(element)
    return () => {
      element.removeEventListener('scroll', measureLater)
      observer.disconnect()
    }
  }, [scrollRef])
  return rowWindow(count, rowHeight, shown, overscan)
}

/**
 * The window for a scroll position read earlier: a list now shorter than that position moves it back,
 * as the browser is about to, so a search that narrows the list shows its rows in the same render.
 */
export function rowWindow(
  count: number,
  rowHeight: number,
  viewport: { scrollTop: number; height: number },
  overscan: number,
): RowWindow {
  const scrollTop = Math.min(viewport.scrollTop, Math.max(0, count * rowHeight - viewport.height))
  return visibleRange(count, rowHeight, scrollTop, viewport.height, overscan)
}

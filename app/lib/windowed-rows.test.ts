import { act, renderHook } from '@testing-library/react'
import { rowWindow, useWindowedRows, visibleRange } from './windowed-rows.ts'

test('the rows in view plus overscan, clamped to the list', () => {
  expect(visibleRange(20_000, 50, 0, 500, 5)).toEqual({ start: 0, end: 15 })
  expect(visibleRange(20_000, 50, 10_000, 500, 5)).toEqual({ start: 195, end: 215 })
  expect(visibleRange(20_000, 50, 999_900, 500, 5)).toEqual({ start: 19_993, end: 20_000 })
  expect(visibleRange(3, 50, 0, 500, 5)).toEqual({ start: 0, end: 3 })
  expect(visibleRange(0, 50, 0, 500, 5)).toEqual({ start: 0, end: 0 })
})

test('a list narrowed below the scrolled position shows its last rows at once, not an empty window', () => {
  const far = { scrollTop: 100_000, height: 500 }
  // 20,000 rows: the position stands.
  expect(rowWindow(20_000, 50, far, 3)).toEqual({ start: 1_997, end: 2_013 })
  // 30 rows (1,500 px): the browser clamps the position to 1,000 px, rows 20 to 30 are in view.
  expect(rowWindow(30, 50, far, 3)).toEqual({ start: 17, end: 30 })
  // Fewer rows than fit: all of them.
  expect(rowWindow(4, 50, far, 3)).toEqual({ start: 0, end: 4 })
})

test("before the scroller is measured, the window follows the height it is given: the first render's rows", () => {
  const unmeasured = { current: null }
  // 638 px of 56-px rows: 12 in view (the last one in part), plus one below.
  const given = renderHook(() => useWindowedRows(unmeasured, 20_000, 56, { height: 638 }))
  expect(given.result.current).toEqual({ start: 0, end: 13 })
  // A guess of 800 px would draw three rows more than such a scroller shows.
  const guessed = renderHook(() => useWindowedRows(unmeasured, 20_000, 56))
  expect(guessed.result.current).toEqual({ start: 0, end: 16 })
})

test('a new list (another search, filter or order) shows from its top, in the same render; the same list keeps its place', async () => {
  const scroller = document.createElement('div')
  Object.defineProperty(scroller, 'clientHeight', { value: 500 })
  const ref = { current: scroller }
  const { result, rerender } = renderHook(
    ({ count, resetKey }) => useWindowedRows(ref, count, 50, { height: 500, resetKey }),
    { initialProps: { count: 20_000, resetKey: 'everyone' } },
  )
  scroller.scrollTop = 10_000
  await act(async () => {
    scroller.dispatchEvent(new Event('scroll'))
  })
  expect(result.current).toEqual({ start: 199, end: 211 })
  // More rows of the same list (a page landing): the place stands.
  rerender({ count: 20_500, resetKey: 'everyone' })
  expect(result.current).toEqual({ start: 199, end: 211 })
  // A search: its first rows at once, and the scroller itself back at the top.
  rerender({ count: 16_951, resetKey: 'search: A' })
  expect(result.current).toEqual({ start: 0, end: 11 })
  expect(scroller.scrollTop).toBe(0)
})

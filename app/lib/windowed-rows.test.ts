import { visibleRange } from './windowed-rows.ts'

test('the rows in view plus overscan, clamped to the list', () => {
  expect(visibleRange(20_000, 50, 0, 500, 5)).toEqual({ start: 0, end: 15 })
  expect(visibleRange(20_000, 50, 10_000, 500, 5)).toEqual({ start: 195, end: 215 })
  expect(visibleRange(20_000, 50, 999_900, 500, 5)).toEqual({ start: 19_993, end: 20_000 })
  expect(visibleRange(3, 50, 0, 500, 5)).toEqual({ start: 0, end: 3 })
  expect(visibleRange(0, 50, 0, 500, 5)).toEqual({ start: 0, end: 0 })
})

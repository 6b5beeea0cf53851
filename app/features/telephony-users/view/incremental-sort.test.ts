import { createIncrementalSort, merge } from './incremental-sort.ts'

const byValue = (a: { v: number }, b: { v: number }) => a.v - b.v
const items = (...values: number[]) => values.map((v) => ({ v }))

test('merge keeps both lists in order, the first list first on a tie', () => {
  const left = items(1, 3, 5)
  const tie = { v: 3 }
  expect(merge(left, [{ v: 0 }, tie, { v: 6 }], byValue).map((x) => x.v)).toEqual([0, 1, 3, 3, 5, 6])
  const merged = merge(left, [tie], byValue)
  expect(merged.indexOf(tie)).toBe(2)
  expect(merged[1]).toBe(left[1])
})

test('a list that only grew is merged; anything else is sorted again', () => {
  const sort = createIncrementalSort<{ v: number }>()
  const first = items(5, 1, 3)
  let calls = 0
  const counting = (a: { v: number }, b: { v: number }) => {
    calls++
    return byValue(a, b)
  }
  expect(sort(first, counting, ['name']).map((x) => x.v)).toEqual([1, 3, 5])
  const grown = [...first, ...items(4, 0)]
  calls = 0
  expect(sort(grown, counting, ['name']).map((x) => x.v)).toEqual([0, 1, 3, 4, 5])
  expect(calls).toBeLessThanOrEqual(1 + 5) // the two new ones sorted, then one merge pass
  // Another order, or a list that lost an item: a full sort.
  const down = (a: { v: number }, b: { v: number }) => b.v - a.v
  expect(sort(grown, down, ['name', 'descending']).map((x) => x.v)).toEqual([5, 4, 3, 1, 0])
  expect(sort(grown.slice(1), down, ['name', 'descending']).map((x) => x.v)).toEqual([4, 3, 1, 0])
})

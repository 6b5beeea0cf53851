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

test('a list that grew is merged; another order is sorted again', () => {
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
  // Another order: a full sort.
  const down = (a: { v: number }, b: { v: number }) => b.v - a.v
  expect(sort(grown, down, ['name', 'descending']).map((x) => x.v)).toEqual([5, 4, 3, 1, 0])
  expect(sort(grown.slice(1), down, ['name', 'descending']).map((x) => x.v)).toEqual([4, 3, 1, 0])
})

test('a list that lost items and gained others keeps its order without sorting the rest again', () => {
  const sort = createIncrementalSort<{ v: number }>()
  const first = items(5, 1, 3, 7)
  let calls = 0
  const counting = (a: { v: number }, b: { v: number }) => {
    calls++
    return byValue(a, b)
  }
  sort(first, counting, ['name'])
  // A search hit (3) replaced by the list's own row for the same employee (another object), plus a new one.
  const replaced = [first[0], first[1], first[3], { v: 3 }, { v: 2 }].filter((x) => x !== undefined)
  calls = 0
  const sorted = sort(replaced, counting, ['name'])
  expect(sorted.map((x) => x.v)).toEqual([1, 2, 3, 5, 7])
  expect(sorted).not.toContain(first[2])
  expect(sorted).toContain(replaced[3])
  expect(calls).toBeLessThanOrEqual(1 + 5)
})

import { chunk, splitEvenly, splitEvenlyWith } from './chunk.ts'

test('chunk: runs of the size, the last one shorter', () => {
  expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
  expect(() => chunk([1], 0)).toThrow(RangeError)
})

test('splitEvenly: sizes differ by at most one, larger first, order kept', () => {
  expect(splitEvenly([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
    [1, 2, 3],
    [4, 5],
    [6, 7],
  ])
  expect(
    splitEvenly(
      Array.from({ length: 399 }, (_, i) => i),
      13,
    ).map((run) => run.length),
  ).toEqual([...Array.from({ length: 9 }, () => 31), ...Array.from({ length: 4 }, () => 30)])
})

test('splitEvenly: never an empty run; fewer items than parts gives one run each', () => {
  expect(splitEvenly([1, 2], 5)).toEqual([[1], [2]])
  expect(splitEvenly([], 3)).toEqual([])
  expect(() => splitEvenly([1], 0)).toThrow(RangeError)
})

test('splitEvenlyWith: each kind spread evenly, the extra ones on the smaller runs first', () => {
  const users = Array.from({ length: 386 }, (_, i) => `u${i}`)
  const departments = Array.from({ length: 16 }, (_, i) => `d${i}`)
  const groups = splitEvenlyWith(users, departments, 13)
  const count = (group: string[], kind: string) => group.filter((page) => page.startsWith(kind)).length
  // 386 user pages: 9 runs of 30 and 4 of 29, in order; the 16 department pages fill the four shorter
  // runs first, then one each from the last run back.
  expect(groups.map((group) => count(group, 'u'))).toEqual([...Array(9).fill(30), ...Array(4).fill(29)])
  expect(groups.map((group) => count(group, 'd'))).toEqual([0, ...Array(8).fill(1), ...Array(4).fill(2)])
  expect(groups.flat().filter((page) => page.startsWith('u'))).toEqual(users)
  expect(groups.map((group) => group.length)).toEqual([30, ...Array(12).fill(31)])
})

test('splitEvenlyWith: fewer main items than parts, or none; never an empty group, never more than parts', () => {
  expect(splitEvenlyWith([1, 2], [3, 4, 5, 6], 3)).toEqual([
    [1, 6],
    [2, 5],
    [3, 4],
  ])
  expect(splitEvenlyWith([], [1, 2], 5)).toEqual([[2], [1]])
  expect(splitEvenlyWith([1], [], 4)).toEqual([[1]])
  expect(splitEvenlyWith([], [], 2)).toEqual([])
})

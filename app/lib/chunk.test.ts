import { chunk, splitEvenly } from './chunk.ts'

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

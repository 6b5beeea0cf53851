import { phpCollection, phpInt, phpTruthy, upperKeys } from './php.ts'

describe('phpInt', () => {
  test.each([
    [5, 5],
    [5.9, 5],
    ['12', 12],
    [' 12abc', 12],
    ['1e3', 1000],
    ['-7', -7],
    ['abc', 0],
    ['', 0],
    [null, 0],
    [undefined, 0],
    [true, 1],
    [[7, 8], 1],
    [['9'], 1],
    [[], 0],
    [{ a: 1 }, 1],
  ])('(int) %j is %j', (value, expected) => {
    expect(phpInt(value)).toBe(expected)
  })
})

test('phpTruthy follows PHP: "0" and "" are false, "false" is true', () => {
  expect([0, '0', '', null, undefined, false, []].map(phpTruthy)).toEqual(Array(7).fill(false))
  expect([1, '1', 'false', true, [0], 'a'].map(phpTruthy)).toEqual(Array(6).fill(true))
})

test('upperKeys upper-cases names and the later one wins', () => {
  expect(upperKeys({ FILTER: { A: 1 }, filter: { B: 2 }, select: ['ID'] })).toEqual({
    FILTER: { B: 2 },
    SELECT: ['ID'],
  })
  expect(upperKeys({ filter: { B: 2 }, FILTER: { A: 1 } })).toEqual({ FILTER: { A: 1 } })
})

test('phpCollection is a list only for keys 0..n-1 in order, and [] when empty', () => {
  expect(phpCollection([])).toEqual([])
  expect(
    phpCollection([
      [0, 'a'],
      [1, 'b'],
    ]),
  ).toEqual(['a', 'b'])
  expect(
    phpCollection([
      [0, 'a'],
      [2, 'c'],
    ]),
  ).toEqual({ 0: 'a', 2: 'c' })
  expect(
    phpCollection([
      [1, 'b'],
      [0, 'a'],
    ]),
  ).not.toBeInstanceOf(Array)
  expect(phpCollection([['x', 1]])).toEqual({ x: 1 })
})

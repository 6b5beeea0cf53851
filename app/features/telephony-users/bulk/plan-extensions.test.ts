import { anEmployee } from '@/test/builders.ts'
import { parseRange, planExtensions } from './plan-extensions.ts'

test('a range is 1–4 digit numbers, the first not above the last; leading zeros set the width', () => {
  expect(parseRange('2000', ' 2999 ')).toEqual({ from: 2000, to: 2999, width: 0 })
  expect(parseRange('0100', '0199')).toEqual({ from: 100, to: 199, width: 4 })
  expect(parseRange('7', '7')).toEqual({ from: 7, to: 7, width: 0 })
  for (const [from, to] of [
    ['2999', '2000'],
    ['', '10'],
    ['12345', '12346'],
    ['2a', '30'],
  ] as const)
    expect(parseRange(from, to), `${from}–${to}`).toBeNull()
})

test('free numbers in table order; taken, excluded and just given numbers are skipped', () => {
  const plan = planExtensions({
    employees: [anEmployee(5), anEmployee(3, '2000'), anEmployee(9), anEmployee(1)],
    range: { from: 2000, to: 2004, width: 0 },
    replace: false,
    taken: new Set(['2000', '2001']),
    exclude: new Set(['2003']),
  })
  expect(plan.map((row) => [row.employee.id, row.action, 'extension' in row ? row.extension : ''])).toEqual([
    [5, 'assign', '2002'],
    [3, 'keep', ''],
    [9, 'assign', '2004'],
    [1, 'none-free', ''],
  ])
})

test('replacing gives everyone a new number, padded to the range’s width', () => {
  const plan = planExtensions({
    employees: [anEmployee(1, '0100'), anEmployee(2, '555')],
    range: { from: 100, to: 199, width: 4 },
    replace: true,
    taken: new Set(['0100', '555']),
  })
  expect(plan.map((row) => ('extension' in row ? row.extension : row.action))).toEqual(['0101', '0102'])
})

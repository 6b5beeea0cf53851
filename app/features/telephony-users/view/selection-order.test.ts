import { anEmployee } from '@/test/builders.ts'
import { inTableOrder } from './selection-order.ts'

test('the selection in the table’s order, hidden selected employees last', () => {
  const all = [anEmployee(1), anEmployee(2), anEmployee(3), anEmployee(4)]
  expect(inTableOrder([anEmployee(3), anEmployee(1), anEmployee(2)], all, new Set([1, 3, 4]))).toEqual([
    3, 1, 4,
  ])
})

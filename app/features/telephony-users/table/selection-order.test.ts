import type { Employee } from '../model/types.ts'
import { inTableOrder } from './selection-order.ts'

const employee = (id: number): Employee => ({
  id,
  fullName: `Employee ${id}`,
  position: '',
  photoUrl: null,
  departmentIds: [],
  extension: null,
})

test('the selection in the table’s order, hidden selected employees last', () => {
  const all = [employee(1), employee(2), employee(3), employee(4)]
  expect(inTableOrder([employee(3), employee(1), employee(2)], all, new Set([1, 3, 4]))).toEqual([3, 1, 4])
})

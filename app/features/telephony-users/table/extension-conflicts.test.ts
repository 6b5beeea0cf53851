import type { Employee } from '../model/types.ts'
import { conflictsOf } from './extension-conflicts.ts'

const employee = (id: number, extension: string | null): Employee => ({
  id,
  fullName: `Employee ${id}`,
  position: '',
  photoUrl: null,
  departmentIds: [],
  extension,
})

test('employees sharing an extension are marked, once per directory', () => {
  const employees = [employee(1, '101'), employee(2, '107'), employee(3, '107'), employee(4, null)]
  const conflicts = conflictsOf(employees)
  expect([...conflicts.shared]).toEqual([2, 3])
  expect(conflicts.holders.get('107')).toEqual([2, 3])
  expect(conflictsOf(employees)).toBe(conflicts)
  expect(conflictsOf([...employees]).shared).not.toBe(conflicts.shared)
})

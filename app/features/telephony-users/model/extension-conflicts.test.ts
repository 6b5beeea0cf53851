import { anEmployee } from '@/test/builders.ts'
import { conflictsOf } from './extension-conflicts.ts'

test('employees sharing an extension are marked, once per directory', () => {
  const employees = [anEmployee(1, '101'), anEmployee(2, '107'), anEmployee(3, '107'), anEmployee(4, null)]
  const conflicts = conflictsOf(employees)
  expect([...conflicts.shared]).toEqual([2, 3])
  expect(conflicts.holders.get('107')).toEqual([2, 3])
  expect(conflictsOf(employees)).toBe(conflicts)
  expect(conflictsOf([...employees]).shared).not.toBe(conflicts.shared)
})

import { anEmployee } from '@/test/builders.ts'
import { emptyDirectory } from './merge-directory.ts'
import { withSearchHits } from './merge-hits.ts'

test('hits the list does not hold join it once each; the list’s own rows win', () => {
  const listed = [anEmployee(1), { ...anEmployee(2), fullName: 'From the list' }]
  const directory = { ...emptyDirectory, employees: listed, total: 10 }
  const hits = [{ ...anEmployee(2), fullName: 'From the search' }, anEmployee(9)]
  const merged = withSearchHits(directory, hits)
  expect(merged.employees.map((e) => e.id)).toEqual([1, 2, 9])
  expect(merged.employees[1]?.fullName).toBe('From the list')
  expect(merged.total).toBe(10)
})

test('nothing to add: the same directory, so nothing downstream recomputes', () => {
  const directory = { ...emptyDirectory, employees: [anEmployee(1)] }
  expect(withSearchHits(directory, [])).toBe(directory)
  expect(withSearchHits(directory, [anEmployee(1)])).toBe(directory)
})

test("the hits' departments join the list's until it brings its own, which win", () => {
  const directory = {
    ...emptyDirectory,
    employees: [anEmployee(1)],
    departments: new Map([[1, { id: 1, name: 'Sales (the list)', parentId: null }]]),
  }
  const hit = { ...anEmployee(9), departmentIds: [1, 740] }
  const merged = withSearchHits(
    directory,
    [hit],
    [
      { id: 1, name: 'Sales (the search)', parentId: null },
      { id: 740, name: 'Logistics', parentId: 1 },
    ],
  )
  expect(merged.departments.get(1)?.name).toBe('Sales (the list)')
  expect(merged.departments.get(740)?.name).toBe('Logistics')
  expect(directory.departments.has(740)).toBe(false) // the list's own map is left as it is
  // Only departments the list already holds: the same directory.
  const listed = { ...directory, employees: [anEmployee(1), hit] }
  expect(withSearchHits(listed, [hit], [{ id: 1, name: 'Sales (the search)', parentId: null }])).toBe(listed)
})

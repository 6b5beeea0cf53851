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

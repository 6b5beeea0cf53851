import { QueryClient } from '@tanstack/react-query'
import { anEmployee } from '@/test/builders.ts'
import type { DirectoryChunk, Employee } from './types.ts'
import { addChunk, emptyDirectory, mergeChunks, shareDirectory } from './merge-directory.ts'

const page = (from: number, to: number): Employee[] =>
  Array.from({ length: to - from + 1 }, (_, index) => anEmployee(from + index))
const chunk = (employees: Employee[]): DirectoryChunk => ({
  employees,
  departments: [],
  total: 9,
  rejected: 0,
})

test('batches landing out of order leave every employee the object the reducer made', () => {
  const client = new QueryClient()
  const key = ['directory']
  client.setQueryDefaults(key, { structuralSharing: shareDirectory })
  const [first, third, second] = [page(1, 3), page(7, 9), page(4, 6)]
  let directory = emptyDirectory
  for (const employees of [first, third, second]) {
    directory = addChunk(directory, chunk(employees))
    client.setQueryData(key, directory)
  }
  const stored = client.getQueryData<typeof directory>(key)
  expect(stored?.employees.map((employee) => employee.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  for (const employee of [...first, ...second, ...third]) expect(stored?.employees).toContain(employee)
})

test('a list read again whole keeps each unchanged employee, by id, whatever its position', () => {
  const kept = page(1, 4).reverse() // a kept list comes back in name order, not by id
  const [one, two, three, four] = [...kept].reverse() as [Employee, Employee, Employee, Employee]
  const read = [
    { ...one },
    { ...two, fullName: 'Renamed Person' },
    { ...three, departmentIds: [...three.departmentIds] },
    anEmployee(5),
  ]
  const shared = shareDirectory(
    { ...emptyDirectory, employees: kept, total: 4 },
    { ...emptyDirectory, employees: read, total: 4 },
  ) as typeof emptyDirectory
  expect(shared.employees.map((employee) => employee.id)).toEqual([1, 2, 3, 5])
  expect(shared.employees[0]).toBe(one)
  expect(shared.employees[1]).toEqual({ ...two, fullName: 'Renamed Person' })
  expect(shared.employees[1]).not.toBe(two)
  expect(shared.employees[2]).toBe(three)
  expect(shared.employees[3]).toBe(read[3])
  expect(shared.employees).not.toContain(four)
})

test('nothing to share with: the new list as it is', () => {
  const next = { ...emptyDirectory, employees: page(1, 2), total: 2 }
  expect(shareDirectory(undefined, next)).toBe(next)
  expect(shareDirectory(emptyDirectory, next)).toBe(next)
})

test('pieces that landed together, merged, add up to what adding them one by one gives', () => {
  const pieces: DirectoryChunk[] = [
    { ...chunk(page(7, 9)), departments: [{ id: 2, name: 'Support', parentId: null }], rejected: 1 },
    { ...chunk(page(4, 6)), rejected: 2 },
    { ...chunk(page(10, 11)), departments: [{ id: 3, name: 'Design', parentId: null }], total: 11 },
  ]
  const start = addChunk(emptyDirectory, chunk(page(1, 3)))
  const oneByOne = pieces.reduce(addChunk, start)
  const together = addChunk(start, mergeChunks(pieces))
  expect(together).toEqual(oneByOne)
  expect(together.employees.map((employee) => employee.id)).toEqual(page(1, 11).map((e) => e.id))
  expect(together.rejected).toBe(3)
  expect(together.total).toBe(11)
  expect([...together.departments.keys()]).toEqual([2, 3])
})

import { inProcessPortal } from '@/test/in-process-portal.ts'
import { departmentsOf, readDepartments } from './read-departments.ts'

test('departments by id: one department.get each, in one request; one that does not exist is left out', async () => {
  const { portal, engine } = inProcessPortal()
  const departments = await readDepartments(portal.client, [2, 999, 1])
  expect(departments.map((department) => [department.id, department.name])).toEqual([
    [2, 'Support'],
    [1, 'Sales'],
  ])
  expect(engine.log.map((entry) => entry.commands)).toEqual([
    ['department.get', 'department.get', 'department.get'],
  ])
  // Its ID filter takes one id (docs/bitrix24.md "department.get"): a list of them would be read as 1.
  expect(JSON.stringify(engine.log[0]?.params)).toContain('department.get?FILTER%5BID%5D=999')
})

test('nothing to read: no request', async () => {
  const { portal, engine } = inProcessPortal()
  expect(await readDepartments(portal.client, [])).toEqual([])
  expect(engine.log).toHaveLength(0)
})

test("employees' departments, each once, in ascending order", () => {
  const employees = [{ departmentIds: [3, 1] }, { departmentIds: [] }, { departmentIds: [7, 3] }]
  expect(departmentsOf(employees)).toEqual([1, 3, 7])
  expect(departmentsOf([])).toEqual([])
})

import { sipSettings } from '@/test/builders.ts'
import type { Department, Employee, SipTable } from '../model/types.ts'
import { toSearchable } from './search.ts'
import { parseView } from './use-table-view.ts'
import { applyView, defaultView, sortEmployees, subtree } from './table-view.ts'

const dept = (id: number, name: string, parentId: number | null): [number, Department] => [
  id,
  { id, name, parentId },
]
const departments = new Map([
  dept(1, 'Company', null),
  dept(2, 'Sales', 1),
  dept(3, 'Sales East', 2),
  dept(4, 'Support', 1),
])
const employee = (
  id: number,
  fullName: string,
  departmentIds: number[],
  extension: string | null,
): Employee => ({
  id,
  fullName,
  position: '',
  photoUrl: null,
  departmentIds,
  extension,
})
const staff = [
  employee(1, 'Élise Martin', [3], '105'),
  employee(2, 'anna Petrova', [2], '20'),
  employee(3, 'Boris Ivanov', [4], null),
  employee(4, 'Zoe Ng', [1], '3'),
]
const sip: SipTable = {
  byId: new Map(
    (
      [
        [1, 'on'],
        [2, 'off'],
        [3, 'not-set'],
        [4, 'unknown'],
      ] as const
    ).map(([userId, phone]) => [userId, sipSettings(userId, phone)]),
  ),
  noPermission: new Set(),
  keptOn: new Set(),
  stayedOff: new Set(),
  failed: new Set(),
  session: 1,
}
const ids = (list: Employee[]) => list.map((e) => e.id)
const sorted = (sort = defaultView.sort, descending = false) =>
  sortEmployees(toSearchable(staff), { departments }, sip, { sort, descending }, 'en')

test('a department filter includes its sub-departments', () => {
  expect([...subtree(departments, 2)].sort()).toEqual([2, 3])
  expect(ids(applyView(sorted(), { ...defaultView, departmentId: 2 }, departments, sip))).toEqual([2, 1])
})

test('filters combine with each other and with search', () => {
  const view = { ...defaultView, departmentId: 1, extension: 'with' as const, phone: 'off' as const }
  expect(ids(applyView(sorted(), view, departments, sip))).toEqual([2, 4]) // "unknown" counts as off
  expect(ids(applyView(sorted(), { ...view, search: 'zoe' }, departments, sip))).toEqual([4])
  expect(ids(applyView(sorted(), { ...defaultView, phone: 'not-set' }, departments, sip))).toEqual([3])
  expect(ids(applyView(sorted(), { ...defaultView, extension: 'without' }, departments, sip))).toEqual([3])
  const shared = new Set([1, 4])
  expect(ids(applyView(sorted(), { ...defaultView, extension: 'shared' }, departments, sip, shared))).toEqual(
    [1, 4],
  )
})

test('sorts by name ignoring case and accents, by extension numerically, by phone state, both ways', () => {
  expect(ids(applyView(sorted('name'), defaultView, departments, sip))).toEqual([2, 3, 1, 4])
  expect(ids(applyView(sorted('name', true), defaultView, departments, sip))).toEqual([4, 1, 3, 2])
  expect(ids(applyView(sorted('extension'), defaultView, departments, sip))).toEqual([4, 2, 1, 3])
  expect(ids(applyView(sorted('phone'), defaultView, departments, sip))).toEqual([1, 2, 3, 4])
  expect(ids(applyView(sorted('department'), defaultView, departments, sip))).toEqual([4, 2, 1, 3])
})

test('a stored view is read back; anything odd in it falls back to defaults', () => {
  expect(parseView(JSON.stringify({ ...defaultView, search: 'x', departmentId: 2 }))).toMatchObject({
    search: 'x',
    departmentId: 2,
  })
  expect(parseView('{"phone":"sometimes","sort":"password"}')).toMatchObject({ phone: 'all', sort: 'name' })
  expect(parseView('not json')).toEqual(defaultView)
  expect(parseView(undefined)).toEqual(defaultView)
})

import { defaultSettings } from '../settings.ts'
import type { Department, PortalData, PortalUser } from '../types.ts'
import type { MethodContext } from './context.ts'
import { canManage, permittedIds } from './permissions.ts'

const department = (id: number, parent: number | null): Department => ({
  id,
  name: `D${id}`,
  sort: 500,
  parent,
  head: null,
})
const user = (id: number, departments: number[]): PortalUser =>
  ({ id, isAdmin: false, fields: { ID: String(id), UF_DEPARTMENT: departments } }) as unknown as PortalUser

// 1 ─┬─ 2 ── 3
//    └─ 4
const departments = [department(1, null), department(2, 1), department(3, 2), department(4, 1)]
const users = [user(1, [1]), user(2, [2]), user(3, [3]), user(4, [4]), user(5, []), user(6, [4, 3])]
const data = {
  users,
  usersById: new Map(users.map((u) => [u.id, u])),
  departments,
  departmentsById: new Map(departments.map((d) => [d.id, d])),
} as unknown as PortalData

function ctx(permission: MethodContext['settings']['permission'], callerId: number): MethodContext {
  return {
    data,
    settings: { ...defaultSettings(), permission },
    caller: data.usersById.get(callerId),
    callerId,
    installed: true,
  }
}

const everyone = [1, 2, 3, 4, 5, 6, 99]

test.each([
  ['any', 2, everyone],
  ['none', 2, []],
  ['own', 2, [2]],
  ['department', 2, [2, 3, 6]],
  ['department', 3, [3, 6]],
  ['department', 1, [1, 2, 3, 4, 6]],
  ['department', 5, [5]],
] as const)('%s as user %i may manage %j', (permission, caller, expected) => {
  expect(permittedIds(everyone, ctx(permission, caller))).toEqual(expected)
})

test('canManage refuses unknown users even with "any"', () => {
  expect(canManage(99, ctx('any', 1))).toBe(false)
  expect(canManage(5, ctx('any', 1))).toBe(true)
  expect(canManage(4, ctx('department', 2))).toBe(false)
})

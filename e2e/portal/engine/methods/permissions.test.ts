import { defaultSettings } from '../settings.ts'
import type { Department, PortalData, PortalUser } from '../types.ts'
import type { MethodContext } from './context.ts'
import { canModify, canReadLines, notifiedAdmins, permittedIds, userModifyLevel } from './permissions.ts'

const department = (id: number, parent: number | null): Department => ({
  id,
  name: `D${id}`,
  sort: 500,
  parent,
  head: null,
  active: true,
})
const user = (id: number, departments: number[], isAdmin = false): PortalUser =>
  ({
    id,
    isAdmin,
    fields: { ID: String(id), ACTIVE: true, UF_DEPARTMENT: departments },
  }) as unknown as PortalUser

// 1 ─┬─ 2 ── 3
//    └─ 4
const departments = [department(1, null), department(2, 1), department(3, 2), department(4, 1)]
const users = [
  user(1, [1], true),
  user(2, [2]),
  user(3, [3]),
  user(4, [4], true),
  user(5, []),
  user(6, [4, 3]),
]
const data = {
  users,
  usersById: new Map(users.map((u) => [u.id, u])),
  usersVersion: 0,
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
    start: 0,
    now: 0,
    requestConfirmation: () => undefined,
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
  ['roles', 1, everyone],
  ['roles', 2, []],
] as const)('%s as user %i may manage %j', (permission, caller, expected) => {
  expect(permittedIds(everyone, ctx(permission, caller))).toEqual(expected)
})

test('default roles: administrators hold "any", other employees nothing', () => {
  expect(userModifyLevel(ctx('roles', 1))).toBe('any')
  expect(userModifyLevel(ctx('roles', 2))).toBe('none')
  expect(userModifyLevel(ctx('own', 1))).toBe('own')
})

test('canModify with "any" lets every id through, even one of no user', () => {
  expect(canModify(99, ctx('any', 1))).toBe(true)
  expect(canModify(99, ctx('roles', 1))).toBe(true)
  expect(canModify(4, ctx('department', 2))).toBe(false)
  expect(canModify(2, ctx('roles', 2))).toBe(false)
})

test('line names: administrators only under the default roles, else the setting decides', () => {
  expect(canReadLines(ctx('roles', 1))).toBe(true)
  expect(canReadLines(ctx('roles', 2))).toBe(false)
  expect(canReadLines(ctx('own', 2))).toBe(true)
  const closed = { ...ctx('roles', 1), settings: { ...defaultSettings(), lineNamesReadable: false } }
  expect(canReadLines(closed)).toBe(false)
})

test('the confirmation notifies every administrator, or only the caller when the caller is one', () => {
  expect(notifiedAdmins(ctx('roles', 2))).toEqual([1, 4])
  expect(notifiedAdmins(ctx('roles', 4))).toEqual([4])
})

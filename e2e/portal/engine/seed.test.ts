import { SPECIAL_PEOPLE } from './names.ts'
import { seedPortal } from './seed.ts'
import { ARCHIVED_BRANCH, subtree } from './seed-departments.ts'
import type { PortalData } from './types.ts'

const options = { employees: 200, seed: 1, photoBaseUrl: 'http://portal.test', portalName: 'Acme' }

function depthOf(data: PortalData, id: number): number {
  let depth = 1
  for (let d = data.departmentsById.get(id); d?.parent != null; d = data.departmentsById.get(d.parent))
    depth++
  return depth
}

describe('seedPortal', () => {
  test('the same options give the same portal; another seed another one', () => {
    const a = seedPortal(options)
    expect(seedPortal(options)).toEqual(a)
    const b = seedPortal({ ...options, seed: 2 })
    expect(b.users.map((u) => u.fields.NAME)).not.toEqual(a.users.map((u) => u.fields.NAME))
  })

  test('counts `employees` employee users; extranet and e-mail users come on top', () => {
    const data = seedPortal(options)
    const types = data.users.map((u) => u.fields.USER_TYPE)
    expect(types.filter((t) => t === 'employee')).toHaveLength(200)
    expect(types).toContain('extranet')
    expect(types).toContain('email')
    expect(data.users.some((u) => !u.fields.ACTIVE)).toBe(true)
    expect(data.users.map((u) => u.id)).toEqual(data.users.map((_, i) => i + 1))
  })

  test('user 1 is Anna Petrova, an active administrator in the company department', () => {
    const anna = seedPortal(options).usersById.get(1)
    expect(anna).toMatchObject({
      isAdmin: true,
      fields: { NAME: 'Anna', LAST_NAME: 'Petrova', ACTIVE: true },
    })
    expect(anna?.fields.UF_DEPARTMENT).toEqual([1])
    expect(seedPortal(options).users.filter((u) => u.isAdmin).length).toBeGreaterThan(1)
  })

  test('awkward names are there in a small portal, at fixed ids', () => {
    const data = seedPortal({ ...options, employees: 150 })
    const full = (id: number) =>
      `${data.usersById.get(id)?.fields.NAME} ${data.usersById.get(id)?.fields.LAST_NAME}`
    expect(full(5)).toBe('Zoë Ångström-Müller')
    expect(full(13)).toBe('<b>Bold</b> <script>alert(1)</script>')
    expect(data.usersById.get(8)?.fields.WORK_POSITION).toHaveLength(500)
    const [department] = data.usersById.get(8)?.fields.UF_DEPARTMENT ?? []
    expect(data.departmentsById.get(department ?? 0)?.name).toHaveLength(500)
    expect(full(3)).toMatch(/[а-яА-Я]/)
    expect(full(21)).toMatch(/[\u0600-\u06ff]/)
    expect(full(34)).toMatch(/\p{Extended_Pictographic}/u)
    expect(data.usersById.get(8)?.fields.LAST_NAME.length).toBeGreaterThanOrEqual(490)
    for (const id of SPECIAL_PEOPLE.keys()) expect(data.usersById.get(id)?.fields.USER_TYPE).toBe('employee')
  })

  test('fields have the REST types: extensions and photos as strings, some empty', () => {
    const users = seedPortal(options).users
    const employees = users.filter((u) => u.fields.USER_TYPE === 'employee')
    expect(employees.every((u) => u.fields.UF_DEPARTMENT.length > 0)).toBe(true)
    expect(
      users
        .filter((u) => u.fields.USER_TYPE !== 'employee')
        .every((u) => u.fields.UF_DEPARTMENT.length === 0),
    ).toBe(true)
    expect(users.some((u) => u.fields.UF_PHONE_INNER === '')).toBe(true)
    expect(users.find((u) => u.id === 2)?.fields.PERSONAL_PHOTO).toMatch(
      /^http:\/\/portal\.test\/upload\/main\/[0-9a-f]{3}\/[0-9a-f]{32}\/avatar-2\.png$/,
    )
    expect(users.find((u) => u.id === 5)?.fields.PERSONAL_PHOTO).toBe('')
  })

  test('a company tree of 2–4 levels, about one department per 25 employees, and an archived branch', () => {
    const data = seedPortal({ ...options, employees: 2000 })
    expect(data.departments).toHaveLength(82)
    const archived = data.departments.filter((d) => !d.active)
    expect(archived).toMatchObject([{ id: 81, name: ARCHIVED_BRANCH, parent: 1 }])
    expect(data.departmentsById.get(82)).toMatchObject({ parent: 81, active: true })
    expect(data.users.some((u) => u.fields.UF_DEPARTMENT.some((d) => d > 80))).toBe(false)
    expect(data.departments[0]).toMatchObject({ id: 1, name: 'Acme', parent: null })
    const depths = data.departments.map((d) => depthOf(data, d.id))
    expect(Math.max(...depths)).toBeLessThanOrEqual(4)
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(3)
    expect(subtree(data.departments, [1]).size).toBe(82)
    // One department sits under a parent created after it: order proves nothing.
    expect(data.departments.some((d) => d.parent !== null && d.parent > d.id)).toBe(true)
  })

  test('voximplant settings: strings or null, one SIP server, login phone<ID>', () => {
    const data = seedPortal(options)
    const rows = [...data.voximplant.entries()]
    const servers = new Set(rows.map(([, s]) => s.SIP_SERVER))
    expect(servers.size).toBe(1)
    expect([...servers][0]).toMatch(/^ip\.b24-\d{4}-\d{10}\.bitrixphone\.com$/)
    expect(rows.every(([id, s]) => s.SIP_LOGIN === `phone${id}`)).toBe(true)
    const values = (key: 'PHONE_ENABLED' | 'DEFAULT_LINE' | 'SIP_PASSWORD') =>
      new Set(rows.map(([, s]) => s[key]))
    expect(values('PHONE_ENABLED')).toEqual(new Set(['Y', 'N', null]))
    expect(values('DEFAULT_LINE')).toContain(null)
    expect(
      [...values('DEFAULT_LINE')].some((line) => typeof line === 'string' && line.startsWith('reg')),
    ).toBe(true)
    expect(values('SIP_PASSWORD')).toContain(null)
    expect([...values('SIP_PASSWORD')].filter((p) => p !== null).every((p) => /^[0-9a-f]{12}$/.test(p))).toBe(
      true,
    )
    const user = data.usersById.get(2)
    expect(data.voximplant.get(2)?.INNER_NUMBER).toBe(user?.fields.UF_PHONE_INNER)
  })

  test('seeds 20,000 employees', () => {
    const data = seedPortal({ ...options, employees: 20_000 })
    expect(data.users.filter((u) => u.fields.USER_TYPE === 'employee')).toHaveLength(20_000)
    // Extensions have 1 to 4 digits: in a portal this size most employees have none.
    const extensions = data.users.map((u) => u.fields.UF_PHONE_INNER).filter((e) => e !== '')
    expect(extensions.every((e) => /^\d{1,4}$/.test(e))).toBe(true)
    expect(extensions.length).toBeLessThan(10_000)
    expect(new Set(extensions).size).toBe(extensions.length)
    expect(data.departments).toHaveLength(802)
  })

  test('the first users do not depend on the portal size', () => {
    const small = seedPortal({ ...options, employees: 50 })
    const large = seedPortal({ ...options, employees: 500 })
    expect(large.users.slice(0, 40).map((u) => u.fields.NAME)).toEqual(
      small.users.slice(0, 40).map((u) => u.fields.NAME),
    )
  })
})

import { ids, kit, resultOf } from '../test-kit.ts'

type Body = { result: Array<Record<string, unknown>>; total?: number; next?: number }
const EMPLOYEES = { ACTIVE: true, USER_TYPE: 'employee' }

describe('user.get', () => {
  const { call } = kit({ employees: 200 })
  const body = (params: Record<string, unknown>) => call('user.get', params).body as Body

  test('50 a page with total and next; the last page has no next', () => {
    const first = body({ FILTER: EMPLOYEES })
    expect(first.result).toHaveLength(50)
    expect(first.next).toBe(50)
    const total = first.total ?? 0
    expect(total).toBeGreaterThan(150)
    expect(total).toBeLessThan(200)
    const last = body({ FILTER: EMPLOYEES, start: Math.floor((total - 1) / 50) * 50 })
    expect(last.next).toBeUndefined()
    expect(last.total).toBe(total)
    expect(last.result.length).toBe(total % 50 || 50)
  })

  test('start is rounded down to a page', () => {
    expect(ids(body({ start: 60 }).result)).toEqual(ids(body({ start: 50 }).result))
  })

  test('start -1 answers total 0 and no next; an empty page has no total', () => {
    const fast = body({ FILTER: { '>ID': 100 }, start: -1 })
    expect(fast.total).toBe(0)
    expect(fast.next).toBeUndefined()
    expect(ids(fast.result)[0]).toBe(101)
    expect(fast.result).toHaveLength(50)
    expect(body({ FILTER: { '>ID': 100000 }, start: -1 })).not.toHaveProperty('total')
    expect(body({ start: 5000 })).not.toHaveProperty('total')
    expect(body({ start: 5000 }).result).toEqual([])
  })

  test('inactive, extranet and e-mail users stay out of the employee list', () => {
    const all: Array<Record<string, unknown>> = []
    for (let start = 0; ; start += 50) {
      const page = body({ filter: EMPLOYEES, start })
      all.push(...page.result)
      if (page.next === undefined) break
    }
    expect(all.every((u) => u.ACTIVE === true && u.USER_TYPE === 'employee')).toBe(true)
    expect(ids(all)).not.toContain(7)
    expect(ids(all)).not.toContain(37)
    expect(ids(all)).not.toContain(53)
    expect(body({}).total).toBeGreaterThan(all.length)
  })

  test('e-mail users only when asked for by type; ACTIVE accepts Bitrix24 spellings', () => {
    expect(ids(body({ start: 0, FILTER: { ID: [53, 54] } }).result)).toEqual([54])
    expect(ids(body({ FILTER: { USER_TYPE: 'email' } }).result)).toContain(53)
    for (const value of [false, 'false', 'N', 0, '0'])
      expect(ids(body({ FILTER: { ACTIVE: value } }).result)).toContain(7)
    for (const value of [true, 'true', 'Y', 1])
      expect(ids(body({ FILTER: { ACTIVE: value } }).result)).not.toContain(7)
  })

  test('a lowercase filter after FILTER replaces it (the later name wins)', () => {
    expect(ids(body({ FILTER: { ID: 5 }, filter: { ID: 6 } }).result)).toEqual([6])
    expect(ids(body({ filter: { ID: 6 }, FILTER: { ID: 5 } }).result)).toEqual([5])
  })

  test('ID, >ID, <ID, UF_DEPARTMENT, %NAME, NAME with %, FIND, top-level filter keys', () => {
    expect(ids(body({ FILTER: { ID: ['3', 5] } }).result)).toEqual([3, 5])
    expect(ids(body({ FILTER: { '>ID': 10, '<ID': 14 } }).result)).toEqual([11, 12, 13])
    const inDept = body({ FILTER: { UF_DEPARTMENT: 2 } }).result
    expect(inDept.length).toBeGreaterThan(0)
    expect(inDept.every((u) => (u.UF_DEPARTMENT as number[]).includes(2))).toBe(true)
    expect(ids(body({ FILTER: { '%LAST_NAME': 'ångström' } }).result)).toEqual([5])
    expect(ids(body({ FILTER: { NAME: 'zo%' } }).result)).toEqual([5])
    expect(ids(body({ FILTER: { FIND: 'anna petr' } }).result)).toEqual([1])
    expect(ids(body({ FILTER: { NAME_SEARCH: 'Смирнова' } }).result)).toEqual([3])
    expect(ids(body({ UF_PHONE_INNER: '105' }).result)).toEqual([5])
  })

  test('sort and order, ID ascending by default', () => {
    expect(ids(body({}).result).slice(0, 3)).toEqual([1, 2, 3])
    expect(ids(body({ sort: 'ID', order: 'DESC' }).result)[0]).toBeGreaterThan(200)
    const byName = body({ sort: 'LAST_NAME', order: 'asc', FILTER: { '<ID': 30 } }).result.map((u) =>
      String(u.LAST_NAME),
    )
    expect(byName).toEqual([...byName].sort())
  })

  test('select returns those fields with the docs types; unknown or none means all', () => {
    const [row] = body({
      FILTER: { ID: 1 },
      select: ['ID', 'NAME', 'UF_DEPARTMENT', 'ACTIVE', 'UF_PHONE_INNER'],
    }).result
    expect(row).toEqual({ ID: '1', ACTIVE: true, NAME: 'Anna', UF_DEPARTMENT: [1], UF_PHONE_INNER: '101' })
    const [all] = body({ FILTER: { ID: 1 }, select: ['NOPE'] }).result
    expect(Object.keys(all ?? {})).toContain('PERSONAL_PHOTO')
    expect(all?.PERSONAL_PHOTO).toBe('http://127.0.0.1:9/upload/photo/1.svg')
  })
})

describe('user.current, user.admin, profile', () => {
  test('describe the token user', () => {
    const { call, engine } = kit()
    expect(resultOf(call('user.current'))).toMatchObject({ ID: '1', NAME: 'Anna', LAST_NAME: 'Petrova' })
    expect(resultOf(call('user.admin'))).toBe(true)
    expect(resultOf(call('profile'))).toMatchObject({ ID: '1', ADMIN: true, NAME: 'Anna' })
    engine.updateSettings({ currentUserId: 2 })
    const token = engine.issueToken(0).AUTH_ID
    expect(engine.handleRest('user.admin', { auth: token }, 1).body).toMatchObject({ result: false })
  })
})

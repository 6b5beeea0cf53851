import { ids, kit } from '../test-kit.ts'

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

  test('start is an exact offset (the ORM query), read only by its lowercase name', () => {
    const from60 = body({ start: 60 })
    expect(ids(from60.result)[0]).toBe(ids(body({ start: 50 }).result)[10])
    expect(from60.result).toHaveLength(50)
    expect(from60.next).toBe(110)
    expect(ids(body({ START: 60 }).result)[0]).toBe(1)
    expect(ids(body({ start: '60abc' }).result)[0]).toBe(ids(from60.result)[0])
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

  test('e-mail users never, even asked for by type; extranet users only for an administrator who asks', () => {
    expect(ids(body({ start: 0, FILTER: { ID: [53, 54] } }).result)).toEqual([54])
    expect(body({ FILTER: { USER_TYPE: 'email' } }).result).toEqual([])
    expect(ids(body({ FILTER: { USER_TYPE: 'extranet' } }).result)).toEqual([])
    expect(ids(body({ FILTER: { USER_TYPE: 'extranet' }, ADMIN_MODE: true }).result)).toContain(37)
    expect(ids(body({ FILTER: { ID: 37 } }).result)).toEqual([37])
  })

  test('ACTIVE goes through PHP truthiness: "false" and "0.0" mean active, "0", "" and "N" dismissed', () => {
    for (const value of [false, 'N', 0, '0', ''])
      expect(ids(body({ FILTER: { ACTIVE: value } }).result)).toContain(7)
    for (const value of [true, 'true', 'Y', 1, 'false', '0.0', 'no'])
      expect(ids(body({ FILTER: { ACTIVE: value } }).result)).not.toContain(7)
  })

  test('filter keys the scope does not allow are dropped: EMAIL, FIND, three-character operators', () => {
    const everyone = body({}).total
    expect(body({ FILTER: { EMAIL: 'anna.petrova@example.com' } }).total).toBe(everyone)
    expect(body({ FILTER: { FIND: 'anna petr' } }).total).toBe(everyone)
    expect(body({ FILTER: { '!=%NAME': 'A%' } }).total).toBe(everyone)
    // FILTER's own keys are upper-cased too.
    expect(ids(body({ FILTER: { id: 5 } }).result)).toEqual([5])
  })

  test('a lowercase filter after FILTER replaces it (the later name wins)', () => {
    expect(ids(body({ FILTER: { ID: 5 }, filter: { ID: 6 } }).result)).toEqual([6])
    expect(ids(body({ filter: { ID: 6 }, FILTER: { ID: 5 } }).result)).toEqual([5])
  })

  test('ID, >ID, <ID, UF_DEPARTMENT, %NAME, NAME with %, NAME_SEARCH, top-level filter keys', () => {
    expect(ids(body({ FILTER: { ID: ['3', 5] } }).result)).toEqual([3, 5])
    expect(ids(body({ FILTER: { '>ID': 10, '<ID': 14 } }).result)).toEqual([11, 12, 13])
    const inDept = body({ FILTER: { UF_DEPARTMENT: 2 } }).result
    expect(inDept.length).toBeGreaterThan(0)
    expect(inDept.every((u) => (u.UF_DEPARTMENT as number[]).includes(2))).toBe(true)
    expect(ids(body({ FILTER: { '%LAST_NAME': 'ångström' } }).result)).toEqual([5])
    expect(ids(body({ FILTER: { NAME: 'zo%' } }).result)).toEqual([5])
    expect(ids(body({ FILTER: { NAME_SEARCH: 'anna petr' } }).result)).toEqual([1])
    expect(ids(body({ FILTER: { ID: 'abc' } }).result)).toEqual([])
    expect(ids(body({ FILTER: { NAME_SEARCH: 'Смирнова' } }).result)).toEqual([3])
    expect(ids(body({ UF_PHONE_INNER: '105' }).result)).toEqual([5])
  })

  test('sort only together with order, by the exact field name; ID ascending otherwise', () => {
    expect(ids(body({}).result).slice(0, 3)).toEqual([1, 2, 3])
    expect(ids(body({ sort: 'ID', order: 'DESC' }).result)[0]).toBeGreaterThan(200)
    expect(ids(body({ sort: 'ID' }).result)[0]).toBe(1)
    expect(ids(body({ order: { ID: 'DESC' } }).result)[0]).toBe(1)
    expect(ids(body({ sort: 'id', order: 'DESC' }).result)[0]).toBe(1)
    const byName = body({ sort: 'LAST_NAME', order: 'asc', FILTER: { '<ID': 30 } }).result.map((u) =>
      String(u.LAST_NAME),
    )
    expect(byName).toEqual([...byName].sort())
  })
})

import type { PermissionLevel } from '../../contract.ts'
import { kit, resultOf, T0 } from '../test-kit.ts'

type Row = Record<string, string | number | null>
const NOW = T0 + 1000
const rowsOf = (answer: Parameters<typeof resultOf>[0]) => resultOf(answer) as Row[]
const body = (answer: { body: unknown }) => answer.body as { total?: number; next?: number }
const users = (rows: Row[]) => [...new Set(rows.map((r) => r.PORTAL_USER_ID))]

/** All calls of the portal, read page by page as an administrator in the table's order. */
function allCalls(call: ReturnType<typeof kit>['call'], params: Record<string, unknown> = {}): Row[] {
  const out: Row[] = []
  for (let start: number | undefined = 0; start !== undefined;) {
    const answer = call('voximplant.statistic.get', { ...params, start })
    out.push(...rowsOf(answer))
    start = body(answer).next
  }
  return out
}

describe('voximplant.statistic.get', () => {
  test('rows have the fields and types of the REST answer: strings or null, the start in ISO 8601', () => {
    const { call } = kit()
    const [row] = rowsOf(call('voximplant.statistic.get'))
    expect(Object.keys(row ?? {})).toEqual([
      'ID',
      'PORTAL_USER_ID',
      'PORTAL_NUMBER',
      'PHONE_NUMBER',
      'CALL_ID',
      'EXTERNAL_CALL_ID',
      'CALL_CATEGORY',
      'CALL_LOG',
      'CALL_DURATION',
      'CALL_START_DATE',
      'CALL_RECORD_URL',
      'CALL_VOTE',
      'COST',
      'COST_CURRENCY',
      'CALL_FAILED_CODE',
      'CALL_FAILED_REASON',
      'CRM_ENTITY_TYPE',
      'CRM_ENTITY_ID',
      'CRM_ACTIVITY_ID',
      'REST_APP_ID',
      'REST_APP_NAME',
      'TRANSCRIPT_ID',
      'TRANSCRIPT_PENDING',
      'SESSION_ID',
      'REDIAL_ATTEMPT',
      'COMMENT',
      'RECORD_DURATION',
      'RECORD_FILE_ID',
      'CALL_TYPE',
    ])
    expect(row?.ID).toBe('1')
    expect(row?.CALL_START_DATE).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/)
    expect(['1', '2', '3', '4']).toContain(row?.CALL_TYPE)
  })

  test('50 a page from start exactly, total and next; a negative start is not counted', () => {
    const { call } = kit()
    const first = call('voximplant.statistic.get')
    const total = body(first).total ?? 0
    expect(total).toBeGreaterThan(100)
    expect(rowsOf(first)).toHaveLength(50)
    expect(body(first).next).toBe(50)
    const odd = call('voximplant.statistic.get', { start: 7 })
    expect(rowsOf(odd)[0]?.ID).toBe('8')
    expect(body(odd).next).toBe(57)
    const last = call('voximplant.statistic.get', { start: total - 3 })
    expect(rowsOf(last)).toHaveLength(3)
    expect(body(last)).toMatchObject({ total })
    expect(body(last).next).toBeUndefined()
    const uncounted = call('voximplant.statistic.get', { start: -1 })
    expect(rowsOf(uncounted)).toHaveLength(50)
    expect(body(uncounted)).toMatchObject({ total: 0 })
    expect(body(uncounted).next).toBeUndefined()
    // Past the end: an empty page that still says how many there are.
    expect(body(call('voximplant.statistic.get', { start: total + 10 }))).toMatchObject({ result: [], total })
  })

  test("one employee's last call: FILTER by PORTAL_USER_ID, SORT CALL_START_DATE, ORDER DESC", () => {
    const { call } = kit()
    const every = allCalls(call)
    const userId = Number(every.at(-1)?.PORTAL_USER_ID)
    const theirs = every.filter((r) => Number(r.PORTAL_USER_ID) === userId)
    const newest = theirs.reduce((a, b) => (String(a.CALL_START_DATE) >= String(b.CALL_START_DATE) ? a : b))
    const answer = call('voximplant.statistic.get', {
      FILTER: { PORTAL_USER_ID: userId },
      SORT: 'CALL_START_DATE',
      ORDER: 'DESC',
    })
    expect(body(answer).total).toBe(theirs.length)
    expect(rowsOf(answer)[0]).toEqual(newest)
    expect(users(rowsOf(answer))).toEqual([String(userId)])
  })

  test('ORDER must be exactly ASC or DESC and SORT a string: otherwise no sort at all (ID order)', () => {
    const { call } = kit()
    const ids = (params: Record<string, unknown>) =>
      rowsOf(call('voximplant.statistic.get', params)).map((r) => r.ID)
    const tableOrder = ids({})
    expect(ids({ SORT: 'CALL_START_DATE', ORDER: 'desc' })).toEqual(tableOrder)
    expect(ids({ SORT: ['CALL_START_DATE'], ORDER: 'DESC' })).toEqual(tableOrder)
    expect(ids({ SORT: 'CALL_START_DATE' })).toEqual(tableOrder)
    expect(ids({ SORT: 'NO_SUCH_FIELD', ORDER: 'DESC' })).toEqual(tableOrder)
    // Parameter names in any case; the field name in any case too (hasField is case-blind).
    expect(ids({ sort: 'call_start_date', order: ' DESC ' })).not.toEqual(tableOrder)
    expect(ids({ SORT: 'ID', ORDER: 'DESC' })[0]).toBe(String(allCalls(call).length))
  })

  test('unknown filter keys, disallowed operations and empty lists are dropped silently: all calls come back', () => {
    const { call } = kit()
    const total = body(call('voximplant.statistic.get')).total
    for (const FILTER of [{ PORTAL_USERID: 2 }, { '=>PORTAL_USER_ID': 2 }, { PORTAL_USER_ID: [] }, 'x'])
      expect(body(call('voximplant.statistic.get', { FILTER })).total).toBe(total)
  })

  test('operators: lists, >=, ><, negation, CALL_TYPE as INCOMING, dates in ISO 8601', () => {
    const { call } = kit()
    const every = allCalls(call)
    const count = (FILTER: Record<string, unknown>) =>
      body(call('voximplant.statistic.get', { FILTER })).total
    const ofUsers = (ids: string[]) => every.filter((r) => ids.includes(String(r.PORTAL_USER_ID))).length
    const two = users(every).slice(0, 2).map(String)
    expect(count({ PORTAL_USER_ID: two })).toBe(ofUsers(two))
    expect(count({ '!PORTAL_USER_ID': two })).toBe(every.length - ofUsers(two))
    expect(count({ CALL_TYPE: 1 })).toBe(every.filter((r) => r.CALL_TYPE === '1').length)
    expect(count({ '><ID': [10, 19] })).toBe(10)
    expect(count({ '>=ID': every.length - 4 })).toBe(5)
    expect(count({ call_failed_code: '304' })).toBe(every.filter((r) => r.CALL_FAILED_CODE === '304').length)
    const since = new Date(NOW - 90 * 86_400_000).toISOString().replace('.000Z', '+00:00')
    expect(count({ '>=CALL_START_DATE': since })).toBe(
      every.filter((r) => String(r.CALL_START_DATE) >= since).length,
    )
    // The same instant in another offset is the same filter.
    const berlin = new Date(NOW - 90 * 86_400_000 + 3_600_000).toISOString().replace('.000Z', '+01:00')
    expect(count({ '>=CALL_START_DATE': berlin })).toBe(count({ '>=CALL_START_DATE': since }))
  })

  const asUser = (level: PermissionLevel, currentUserId: number) => {
    const k = kit()
    k.engine.updateSettings({ callStatisticsPermission: level, currentUserId })
    const auth = k.engine.issueToken(T0).AUTH_ID
    return (params: Record<string, unknown> = {}) =>
      k.engine.handleRest('voximplant.statistic.get', { ...params, auth }, NOW)
  }

  test('without "Call statistics — View": ACCESS_DENIED', () => {
    expect(asUser('none', 1)()).toMatchObject({
      status: 403,
      body: { error: 'ACCESS_DENIED', error_description: 'Access denied!' },
    })
  })

  test("narrower rights narrow the filter silently: someone else's calls are just not there", () => {
    const { call } = kit()
    const every = allCalls(call)
    const [me, other] = users(every).map(Number)
    const mine = asUser('own', me ?? 0)
    expect(users(rowsOf(mine()))).toEqual([String(me)])
    const asked = mine({ FILTER: { PORTAL_USER_ID: other } })
    expect(asked.status).toBe(200)
    expect(body(asked)).toMatchObject({ result: [], total: 0 })
    // Default roles: an administrator sees everyone, any other employee only their own calls.
    const employee = every.find((r) => r.PORTAL_USER_ID !== '1')?.PORTAL_USER_ID
    expect(users(rowsOf(asUser('roles', Number(employee))()))).toEqual([employee])
    expect(body(asUser('roles', 1)()).total).toBe(every.length)
  })

  test('department rights: the callers department tree, still without an error for the others', () => {
    const { call } = kit()
    const total = body(call('voximplant.statistic.get')).total ?? 0
    const seen = body(asUser('department', 3)()).total ?? 0
    expect(seen).toBeGreaterThan(0)
    expect(seen).toBeLessThan(total)
  })

  test("department rights leave out dismissed colleagues' calls", () => {
    const { call } = kit()
    const callers = users(allCalls(call))
    type User = { ID: string; UF_DEPARTMENT: number[] }
    const dismissed = (
      resultOf(call('user.get', { FILTER: { ACTIVE: false, USER_TYPE: 'employee' } })) as User[]
    ).find((u) => callers.includes(u.ID) && u.UF_DEPARTMENT.length > 0)
    const department = dismissed?.UF_DEPARTMENT[0]
    const [colleague] = resultOf(
      call('user.get', { FILTER: { UF_DEPARTMENT: department, ACTIVE: true } }),
    ) as User[]
    expect(colleague).toBeDefined()
    const ask = asUser('department', Number(colleague?.ID))
    const seen: Row[] = []
    for (let start: number | undefined = 0; start !== undefined; start = body(ask({ start })).next)
      seen.push(...rowsOf(ask({ start })))
    expect(users(seen).length).toBeGreaterThan(0)
    expect(users(seen)).not.toContain(dismissed?.ID)
    expect(body(ask({ FILTER: { PORTAL_USER_ID: dismissed?.ID } }))).toMatchObject({ result: [], total: 0 })
  })

  test('in a batch, one command per employee answers each one its own calls', () => {
    const { call } = kit()
    const ids = users(allCalls(call)).slice(0, 3)
    const cmd = Object.fromEntries(
      ids.map((id) => [
        `u${id}`,
        `voximplant.statistic.get?FILTER[PORTAL_USER_ID]=${id}&SORT=CALL_START_DATE&ORDER=DESC&start=-1`,
      ]),
    )
    const answer = resultOf(call('batch', { halt: 0, cmd })) as { result: Record<string, Row[]> }
    for (const id of ids) expect(users(answer.result[`u${id}`] ?? [])).toEqual([id])
  })
})

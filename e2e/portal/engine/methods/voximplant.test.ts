import type { PermissionLevel } from '../../contract.ts'
import { kit, resultOf, T0 } from '../test-kit.ts'

const error = (answer: { status: number; body: unknown }) => ({
  status: answer.status,
  ...(answer.body as object),
})

describe('voximplant.user.get', () => {
  test('values exactly as Bitrix24 stores them, strings or null, ascending by ID', () => {
    const { call, engine } = kit()
    const rows = resultOf(call('voximplant.user.get', { USER_ID: ['5', 2] })) as Array<
      Record<string, unknown>
    >
    expect(rows.map((r) => r.ID)).toEqual(['2', '5'])
    expect(rows[0]).toEqual(engine.voximplantUser(2))
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'ID',
      'DEFAULT_LINE',
      'PHONE_ENABLED',
      'SIP_SERVER',
      'SIP_LOGIN',
      'SIP_PASSWORD',
      'INNER_NUMBER',
    ])
    for (const row of rows)
      for (const value of Object.values(row)) expect(value === null || typeof value === 'string').toBe(true)
    expect(resultOf(call('voximplant.user.get', { USER_ID: 1 }))).toHaveLength(1)
  })

  test('USER_ID read by its exact name: absent or null is "not set" (400, empty code)', () => {
    const { call } = kit()
    for (const params of [{}, { USER_ID: null }, { user_id: [1] }, { User_Id: 1 }])
      expect(error(call('voximplant.user.get', params))).toEqual({
        status: 400,
        error: '',
        error_description: 'Parameter USER_ID is not set',
      })
  })

  test('USER_ID=[] is set: no user left is ACCESS_DENIED; 0 or "" reach an empty answer', () => {
    const { call } = kit()
    expect(error(call('voximplant.user.get', { USER_ID: [] }))).toMatchObject({
      status: 403,
      error: 'ACCESS_DENIED',
    })
    expect(resultOf(call('voximplant.user.get', { USER_ID: 0 }))).toEqual([])
    expect(resultOf(call('voximplant.user.get', { USER_ID: '' }))).toEqual([])
  })

  const visible = (permission: PermissionLevel, currentUserId: number, asked: number[]) => {
    const { engine } = kit()
    engine.updateSettings({ permission, currentUserId })
    const token = engine.issueToken(T0).AUTH_ID
    return engine.handleRest('voximplant.user.get', { USER_ID: asked, auth: token }, T0)
  }

  test('ids the caller may not manage are dropped silently; none left is ACCESS_DENIED', () => {
    expect((resultOf(visible('any', 1, [1, 2, 99999])) as unknown[]).length).toBe(2)
    expect(resultOf(visible('own', 2, [1, 2, 3]))).toMatchObject([{ ID: '2' }])
    expect(error(visible('own', 2, [1, 3]))).toMatchObject({ status: 403, error: 'ACCESS_DENIED' })
    expect(error(visible('none', 1, [1]))).toMatchObject({ status: 403, error: 'ACCESS_DENIED' })
  })

  test('department permission: the caller sees its own department tree only', () => {
    const everyone = [...Array(260).keys()].map((i) => i + 1)
    // User 3 works in department 5, a leaf; user 1 is in the company department.
    const leaf = resultOf(visible('department', 3, everyone)) as Array<{ ID: string }>
    const company = resultOf(visible('department', 1, everyone)) as Array<{ ID: string }>
    expect(leaf.map((r) => r.ID)).toContain('3')
    expect(leaf.length).toBeGreaterThan(1)
    expect(leaf.length).toBeLessThan(company.length / 3)
    expect(company.map((r) => r.ID)).not.toContain('37')
  })
})

describe('voximplant.line.get', () => {
  test('{LINE_ID: NAME} with names HTML-escaped; ACCESS_DENIED without "Management of Numbers"', () => {
    const { call, engine } = kit()
    const lines = resultOf(call('voximplant.line.get')) as Record<string, string>
    expect(lines).toMatchObject({ reg12: 'Cloud PBX', sip3: 'Office PBX' })
    expect(lines.reg15).toBe('Cloud PBX &lt;backup&gt; &amp; &quot;fax&quot;')
    expect(lines.sip7).toBe("Office PBX, O'Neil's floor")
    engine.updateSettings({ lineNamesReadable: false })
    expect(error(call('voximplant.line.get'))).toEqual({
      status: 403,
      error: 'ACCESS_DENIED',
      error_description: 'Access denied!',
    })
  })

  test('no lines at all is an empty array, not an object', () => {
    const { call, engine } = kit()
    engine.updateSettings({ noLines: true })
    expect(resultOf(call('voximplant.line.get'))).toEqual([])
  })

  test('an employee without a role gets ACCESS_DENIED under the default roles', () => {
    const { engine } = kit()
    engine.updateSettings({ currentUserId: 2 })
    const auth = engine.issueToken(T0).AUTH_ID
    expect(engine.handleRest('voximplant.line.get', { auth }, T0).status).toBe(403)
  })
})

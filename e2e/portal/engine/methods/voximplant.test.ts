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

  test('a missing USER_ID is a 400 with an empty code', () => {
    const { call } = kit()
    for (const params of [{}, { USER_ID: [] }, { USER_ID: '' }, { USER_ID: 0 }])
      expect(error(call('voximplant.user.get', params))).toEqual({
        status: 400,
        error: '',
        error_description: 'Parameter USER_ID is not set',
      })
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

describe('activatePhone / deactivatePhone', () => {
  const phoneOf = (engine: ReturnType<typeof kit>['engine'], id: number) =>
    engine.voximplantUser(id)?.PHONE_ENABLED

  test('activate answers 1 and turns the phone on', () => {
    const { call, engine } = kit()
    engine.setPhoneEnabled(6, 'N')
    expect(call('voximplant.user.activatePhone', { USER_ID: '6' }).body).toMatchObject({ result: 1 })
    expect(phoneOf(engine, 6)).toBe('Y')
  })

  test('deactivate in the default "broken" mode answers 1 and turns the phone ON', () => {
    const { call, engine } = kit()
    engine.setPhoneEnabled(6, 'N')
    expect(call('voximplant.user.deactivatePhone', { USER_ID: 6 }).body).toMatchObject({ result: 1 })
    expect(phoneOf(engine, 6)).toBe('Y')
    engine.updateSettings({ deactivateMode: 'working' })
    call('voximplant.user.deactivatePhone', { USER_ID: 6 })
    expect(phoneOf(engine, 6)).toBe('N')
  })

  test('USER_ID goes through (int): an array acts on user 1', () => {
    const { call, engine } = kit()
    engine.setPhoneEnabled(1, 'N')
    engine.setPhoneEnabled(6, 'N')
    expect(call('voximplant.user.activatePhone', { USER_ID: [6, 7] }).body).toMatchObject({ result: 1 })
    expect(phoneOf(engine, 1)).toBe('Y')
    expect(phoneOf(engine, 6)).toBe('N')
  })

  test('missing or 0 is "not set"; a user the caller may not manage is refused', () => {
    const { call, engine } = kit()
    for (const params of [{}, { USER_ID: 0 }, { USER_ID: 'abc' }])
      expect(error(call('voximplant.user.activatePhone', params))).toEqual({
        status: 400,
        error: '',
        error_description: 'Parameter USER_ID is not set',
      })
    engine.updateSettings({ permission: 'own' })
    engine.setPhoneEnabled(6, 'N')
    expect(error(call('voximplant.user.deactivatePhone', { USER_ID: 6 }))).toEqual({
      status: 400,
      error: '',
      error_description: "You are not allowed to modify user's settings",
    })
    expect(phoneOf(engine, 6)).toBe('N')
    expect(call('voximplant.user.activatePhone', { USER_ID: 1 }).status).toBe(200)
  })

  test('need no administrator confirmation', () => {
    const { call, engine } = kit()
    engine.updateSettings({ confirmationRequired: true })
    expect(call('voximplant.user.activatePhone', { USER_ID: 2 }).status).toBe(200)
    expect(engine.pendingConfirmations()).toEqual([])
  })
})

describe('voximplant.line.get', () => {
  test('{LINE_ID: NAME}, or ACCESS_DENIED without "Management of Numbers"', () => {
    const { call, engine } = kit()
    expect(resultOf(call('voximplant.line.get'))).toMatchObject({ reg12: 'Cloud PBX', sip3: 'Office PBX' })
    engine.updateSettings({ lineNamesReadable: false })
    expect(error(call('voximplant.line.get'))).toEqual({
      status: 403,
      error: 'ACCESS_DENIED',
      error_description: 'Access denied!',
    })
  })
})

import type { PortalEngine } from '../../contract.ts'
import { kit, resultOf, T0 } from '../test-kit.ts'

const error = (answer: { status: number; body: unknown }) => ({
  status: answer.status,
  ...(answer.body as object),
})
const withUserScope = (engine: PortalEngine) =>
  engine.updateSettings({ appScopes: ['telephony', 'user_brief', 'department', 'user'] })

describe('user.update (scope user) and the extension', () => {
  test('with user_brief only: past the scope check, then insufficient_scope as a result, HTTP 200, in a batch in full', () => {
    const { call } = kit()
    const description = 'The request requires higher privileges than provided by the access token'
    expect(error(call('user.update', { ID: 2, UF_PHONE_INNER: '555' }))).toEqual({
      status: 200,
      error: 'insufficient_scope',
      error_description: description,
    })
    const batch = call('batch', { cmd: { u: 'user.update?ID=2&UF_PHONE_INNER=555' } }).body as {
      result: { result_error: unknown }
    }
    expect(batch.result.result_error).toEqual({
      u: { error: 'insufficient_scope', error_description: description },
    })
  })

  test('with no user scope at all: the OAuth check answers 401; inside a batch with an empty description', () => {
    const { call, engine } = kit()
    engine.updateSettings({ appScopes: ['telephony', 'department'] })
    expect(call('user.update', { ID: 2, UF_PHONE_INNER: '555' }).status).toBe(401)
    const batch = call('batch', { cmd: { u: 'user.update?ID=2&UF_PHONE_INNER=555' } }).body as {
      result: { result_error: unknown }
    }
    expect(batch.result.result_error).toEqual({ u: { error: 'insufficient_scope', error_description: '' } })
  })

  test('an id with no user answers true and stores nothing; the extension check looks at the first holder only', () => {
    const { call, engine } = kit()
    withUserScope(engine)
    expect(resultOf(call('user.update', { ID: 999_999, UF_PHONE_INNER: '901' }))).toBe(true)
    // Users 2 and 7 share 107 (7 brought back). The check reads the first holder only (no ORDER BY; the
    // lower id here): 2 may save its own number again, 7 may not, although both hold it.
    expect(resultOf(call('user.update', { ID: 2, UF_PHONE_INNER: '107' }))).toBe(true)
    expect(resultOf(call('user.update', { ID: 7, ACTIVE: 'Y' }))).toBe(true)
    expect(resultOf(call('user.update', { ID: 2, UF_PHONE_INNER: '107' }))).toBe(true)
    expect(error(call('user.update', { ID: 7, UF_PHONE_INNER: '107' }))).toMatchObject({
      error_description: 'ERROR_PHONE_INNER_IN_USAGE ',
    })
  })

  test('one stored extension: user.get shows it as UF_PHONE_INNER, voximplant.user.get as INNER_NUMBER', () => {
    const { call, engine } = kit()
    withUserScope(engine)
    expect(resultOf(call('user.update', { ID: 2, UF_PHONE_INNER: ' 5-5 5 ' }))).toBe(true)
    expect(resultOf(call('user.get', { FILTER: { ID: 2 }, select: ['UF_PHONE_INNER'] }))).toEqual([
      { UF_PHONE_INNER: '555' },
    ])
    expect(engine.voximplantUser(2)?.INNER_NUMBER).toBe('555')
    expect(resultOf(call('user.update', { ID: 2, UF_PHONE_INNER: '' }))).toBe(true)
    expect(resultOf(call('user.get', { FILTER: { ID: 2 }, select: ['UF_PHONE_INNER'] }))).toEqual([[]])
    expect(engine.voximplantUser(2)?.INNER_NUMBER).toBeNull()
  })

  test('1 to 4 digits after stripping, and not held by another active user', () => {
    const { call, engine } = kit()
    withUserScope(engine)
    for (const value of ['12345', 'abc', '+'])
      expect(error(call('user.update', { ID: 2, UF_PHONE_INNER: value }))).toEqual({
        status: 400,
        error: 'ERROR_CORE',
        error_description: 'ERROR_PHONE_INNER_2 ',
      })
    // 103 is user 3's; user 7 (dismissed) held 107, which is free to take.
    expect(error(call('user.update', { ID: 2, UF_PHONE_INNER: '103' }))).toMatchObject({
      error_description: 'ERROR_PHONE_INNER_IN_USAGE ',
    })
    // The seeded telephony queue's number is taken too.
    expect(error(call('user.update', { ID: 2, UF_PHONE_INNER: '5000' }))).toMatchObject({
      error_description: 'ERROR_PHONE_INNER_IN_USAGE ',
    })
    expect(resultOf(call('user.update', { ID: 2, UF_PHONE_INNER: '107' }))).toBe(true)
    expect(resultOf(call('user.update', { ID: 2, UF_PHONE_INNER: '102' }))).toBe(true)
  })

  test('bringing a dismissed user back skips the extension check: two active users share 107', () => {
    const { call, engine } = kit()
    withUserScope(engine)
    expect(resultOf(call('user.update', { ID: 2, UF_PHONE_INNER: '107' }))).toBe(true)
    expect(resultOf(call('user.update', { ID: 7, ACTIVE: 'Y' }))).toBe(true)
    const shared = resultOf(
      call('user.get', { FILTER: { ACTIVE: true, UF_PHONE_INNER: '107' }, select: ['ID'] }),
    ) as Array<{ ID: string }>
    expect(shared.map((user) => user.ID)).toEqual(['2', '7'])
  })

  test('an administrator may change anyone, an employee only themselves', () => {
    const { engine } = kit()
    withUserScope(engine)
    engine.updateSettings({ currentUserId: 2 })
    const auth = engine.issueToken(T0).AUTH_ID
    const update = (params: Record<string, unknown>) =>
      engine.handleRest('user.update', { ...params, auth }, T0)
    expect(error(update({ ID: 3, UF_PHONE_INNER: '900' }))).toEqual({
      status: 400,
      error: 'ERROR_CORE',
      error_description: 'access_denied',
    })
    expect(update({ ID: 2, UF_PHONE_INNER: '900' }).status).toBe(200)
    expect(error(update({ UF_PHONE_INNER: '900' }))).toMatchObject({ error_description: 'access_denied' })
  })

  test('with scope user, user.get shows EMAIL and LAST_LOGIN too; scope lists the app scopes', () => {
    const { call, engine } = kit()
    expect(resultOf(call('scope'))).toEqual(['telephony', 'user_brief', 'department'])
    withUserScope(engine)
    expect(resultOf(call('scope'))).toContain('user')
    const [anna] = resultOf(call('user.get', { FILTER: { ID: 1 } })) as Array<Record<string, unknown>>
    expect(anna).toMatchObject({ EMAIL: 'anna.petrova@example.com' })
    expect(anna).toHaveProperty('LAST_LOGIN')
  })

  test('lists read before a change are not served after it (user.get caches lists per data version)', () => {
    const { call, engine } = kit()
    withUserScope(engine)
    const byExtension = { FILTER: { UF_PHONE_INNER: '555' }, select: ['ID'] }
    const active = { FILTER: { ACTIVE: true }, select: ['ID'] }
    const activeBefore = (call('user.get', active).body as { total: number }).total
    expect(resultOf(call('user.get', byExtension))).toEqual([])
    expect(resultOf(call('user.update', { ID: 2, UF_PHONE_INNER: '555' }))).toBe(true)
    expect(resultOf(call('user.get', byExtension))).toEqual([{ ID: '2' }])
    expect(resultOf(call('user.update', { ID: 2, ACTIVE: 'N' }))).toBe(true)
    expect((call('user.get', active).body as { total: number }).total).toBe(activeBefore - 1)
  })
})

import { createPortalEngine } from './engine.ts'
import { kit, resultOf, T0 } from './test-kit.ts'

const fresh = () => createPortalEngine({ domain: '127.0.0.1:9', photoBaseUrl: 'http://127.0.0.1:9' })

describe('request log (engine)', () => {
  test('recordFault appends an entry for a request that never ran; clearLog empties', () => {
    const engine = fresh()
    const entry = engine.recordFault('voximplant.user.activatePhone', { USER_ID: 3, auth: 'x' }, 'drop', T0)
    expect(entry).toMatchObject({
      method: 'voximplant.user.activatePhone',
      params: { USER_ID: 3 },
      fault: 'drop',
      at: T0,
    })
    expect(engine.log).toEqual([entry])
    const batch = engine.recordFault(
      'batch',
      { cmd: { a: 'user.get?ID=1', b: 'voximplant.user.get' } },
      'timeout',
      T0,
    )
    expect(batch.commands).toEqual(['user.get', 'voximplant.user.get'])
    engine.clearLog()
    expect(engine.log).toEqual([])
  })
})

describe('settings and state', () => {
  test('updateSettings deep-merges; arrays replace', () => {
    const engine = fresh()
    const settings = engine.updateSettings({ bucket: { limit: 250 }, faults: { kinds: ['drop'] } })
    expect(settings.bucket).toEqual({ drainPerSecond: 2, limit: 250 })
    expect(settings.faults).toEqual({
      rate: 0,
      kinds: ['drop'],
      scope: 'all',
      when: 'either',
      gatewayTimeoutMs: 0,
    })
    expect(engine.settings).toBe(settings)
  })

  test('install mode shows in app.info until finishInstall', () => {
    const { call, engine } = kit()
    engine.updateSettings({ installMode: true, lang: 'de' })
    expect(resultOf(call('app.info'))).toMatchObject({ INSTALLED: false, STATUS: 'L', LANGUAGE_ID: 'de' })
    engine.finishInstall()
    expect(engine.settings.installMode).toBe(false)
    expect(resultOf(call('app.info'))).toMatchObject({ INSTALLED: true })
  })

  test('user options, describe, setPhoneEnabled', () => {
    const engine = fresh()
    engine.setUserOption(1, 'view', '{"sort":"name"}')
    expect(engine.userOptions(1)).toEqual({ view: '{"sort":"name"}' })
    expect(engine.userOptions(2)).toEqual({})
    expect(engine.describe()).toEqual({
      portalName: 'Northwind Trading',
      domain: '127.0.0.1:9',
      employees: 200,
      currentUser: { id: 1, name: 'Anna Petrova', isAdmin: true },
    })
    engine.setPhoneEnabled(3, null)
    expect(engine.voximplantUser(3)?.PHONE_ENABLED).toBeNull()
    expect(engine.voximplantUser(999_999)).toBeUndefined()
  })

  test('reset brings back the seeded data, default settings and the fault sequence', () => {
    const engine = fresh()
    const before = engine.voximplantUser(3)
    const randoms = [engine.random(), engine.random()]
    const token = engine.issueToken(T0).AUTH_ID
    engine.handleRest('voximplant.user.get', { USER_ID: 1, auth: token }, T0)
    engine.setPhoneEnabled(3, before?.PHONE_ENABLED === 'Y' ? 'N' : 'Y')
    engine.updateSettings({ permission: 'none' })
    engine.setUserOption(1, 'a', 'b')
    engine.reset()
    expect(engine.voximplantUser(3)).toEqual(before)
    expect(engine.settings.permission).toBe('roles')
    expect(engine.userOptions(1)).toEqual({})
    expect(engine.pendingConfirmations()).toEqual([])
    expect([engine.random(), engine.random()]).toEqual(randoms)
    expect(engine.handleRest('user.admin', { auth: token }, T0).status).toBe(200)
  })

  test('the same seed repeats data and faults; random() is in [0, 1)', () => {
    const a = fresh()
    const b = fresh()
    const values = Array.from({ length: 100 }, () => a.random())
    expect(Array.from({ length: 100 }, () => b.random())).toEqual(values)
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    expect(a.voximplantUser(10)).toEqual(b.voximplantUser(10))
  })
})

test('a 20,000-employee portal answers a batch of user.get pages', () => {
  const engine = createPortalEngine({ domain: 'd', photoBaseUrl: 'p', employees: 20_000 })
  engine.updateSettings({ bucket: { drainPerSecond: 0 } })
  const auth = engine.issueToken(T0).AUTH_ID
  const cmd = Array.from(
    { length: 50 },
    (_, i) => `user.get?FILTER[ACTIVE]=true&FILTER[USER_TYPE]=employee&start=${i * 50}`,
  )
  const answer = engine.handleRest('batch', { cmd, auth }, T0)
  const body = answer.body as { result: { result: unknown[][]; result_total: number[] } }
  expect(body.result.result).toHaveLength(50)
  expect(body.result.result_total[0]).toBeGreaterThan(19_000)
  expect(engine.describe().employees).toBe(20_000)
})

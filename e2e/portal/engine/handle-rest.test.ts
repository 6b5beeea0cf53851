import { createPortalEngine } from './engine.ts'
import { kit, resultOf, T0 } from './test-kit.ts'

const fresh = () => createPortalEngine({ domain: '127.0.0.1:9', photoBaseUrl: 'http://127.0.0.1:9' })
const errorOf = (answer: { status: number; body: unknown }) => ({
  status: answer.status,
  ...(answer.body as object),
})

describe('auth', () => {
  test('missing, unknown and expired tokens', () => {
    const engine = fresh()
    expect(errorOf(engine.handleRest('user.admin', {}, T0))).toEqual({
      status: 401,
      error: 'NO_AUTH_FOUND',
      error_description: 'Wrong authorization data',
    })
    expect(errorOf(engine.handleRest('user.admin', { auth: 'nope' }, T0))).toMatchObject({
      status: 401,
      error: 'invalid_token',
    })
    const token = engine.issueToken(T0)
    expect(token.AUTH_EXPIRES).toBe(3600)
    expect(engine.handleRest('user.admin', { auth: token.AUTH_ID }, T0 + 3_599_000).status).toBe(200)
    expect(errorOf(engine.handleRest('user.admin', { auth: token.AUTH_ID }, T0 + 3_600_000))).toEqual({
      status: 401,
      error: 'expired_token',
      error_description: 'The access token provided has expired',
    })
  })

  test('expireTokens ends live tokens now; a new token works', () => {
    const engine = fresh()
    const old = engine.issueToken(T0).AUTH_ID
    engine.expireTokens(T0 + 10)
    expect(engine.handleRest('user.admin', { auth: old }, T0 + 10).body).toMatchObject({
      error: 'expired_token',
    })
    const next = engine.issueToken(T0 + 20).AUTH_ID
    expect(next).not.toBe(old)
    expect(engine.handleRest('user.admin', { auth: next }, T0 + 20).status).toBe(200)
  })
})

test('an unknown method is ERROR_METHOD_NOT_FOUND 404', () => {
  expect(errorOf(kit().call('user.nope'))).toEqual({
    status: 404,
    error: 'ERROR_METHOD_NOT_FOUND',
    error_description: 'Method not found!',
  })
})

test('success answers carry the time block; method names are case-insensitive', () => {
  const body = kit().call('USER.Admin', {}, T0).body as { time: Record<string, unknown> }
  expect(body.time).toEqual({
    start: T0 / 1000,
    finish: expect.any(Number),
    duration: expect.any(Number),
    processing: expect.any(Number),
    date_start: '2026-03-16T15:00:00+00:00',
    date_finish: '2026-03-16T15:00:00+00:00',
    operating_reset_at: T0 / 1000 + 600,
    operating: expect.any(Number),
  })
})

describe('limits', () => {
  test('the bucket refuses the 51st request of a burst with 503, a batch counts once, then drains', () => {
    const { call, engine } = kit()
    engine.updateSettings({ bucket: { drainPerSecond: 2, limit: 50 } })
    expect(call('batch', { cmd: Array(50).fill('user.admin') }, T0).status).toBe(200)
    for (let i = 0; i < 49; i++) expect(call('user.admin', {}, T0).status).toBe(200)
    const refused = call('user.admin', {}, T0)
    expect(errorOf(refused)).toEqual({
      status: 503,
      error: 'QUERY_LIMIT_EXCEEDED',
      error_description: 'Too many requests',
    })
    expect(refused.commandCount).toBe(0)
    expect(call('user.admin', {}, T0 + 499).status).toBe(503)
    expect(call('user.admin', {}, T0 + 500).status).toBe(200)
  })

  test('operating time: a method over its limit answers 429 until the window moves on', () => {
    const { call, engine } = kit()
    engine.updateSettings({ operatingLimitSeconds: 2.5, latency: { perCommandMs: 1000 } })
    expect(call('user.get', {}, T0).status).toBe(200)
    expect(call('user.get', {}, T0).status).toBe(200)
    const third = call('user.get', {}, T0 + 1000)
    expect(third.status).toBe(200)
    expect((third.body as { time: { operating: number } }).time.operating).toBeCloseTo(3.006, 3)
    expect(errorOf(call('user.get', {}, T0 + 2000))).toMatchObject({
      status: 429,
      error: 'OPERATION_TIME_LIMIT',
    })
    expect(call('department.get', {}, T0 + 2000).status).toBe(200)
    const inBatch = call('batch', { cmd: ['user.get', 'user.admin'] }, T0 + 2000).body as {
      result: { result_error: unknown }
    }
    expect(inBatch.result.result_error).toMatchObject({ 0: { error: 'OPERATION_TIME_LIMIT' } })
    expect(call('user.get', {}, T0 + 601_000).status).toBe(200)
  })

  test('operating window is a setting: a shorter one says so in operating_reset_at and releases sooner', () => {
    const { call, engine } = kit()
    engine.updateSettings({
      operatingLimitSeconds: 0.003,
      operatingWindowSeconds: 5,
      operatingMinimumSeconds: 0,
    })
    const batch = call('batch', { cmd: ['user.get', 'user.get', 'user.get'] }, T0).body as {
      result: { result_error: unknown; result_time: Array<{ operating_reset_at: number }> }
    }
    expect(batch.result.result_time[0]?.operating_reset_at).toBe(Math.floor(T0 / 1000) + 5)
    expect(batch.result.result_error).toMatchObject({ 2: { error: 'OPERATION_TIME_LIMIT' } })
    expect(call('user.get', {}, T0 + 4000).status).toBe(429)
    expect(call('user.get', {}, T0 + 5000).status).toBe(200)
  })

  test('operating time counts a method only above 0.1 s per request (a batch sums its commands)', () => {
    const { call, engine } = kit()
    engine.updateSettings({
      operatingLimitSeconds: 0.01,
      operatingWindowSeconds: 5,
      latency: { perCommandMs: 48 }, // 0.05 s a command
    })
    for (let i = 0; i < 5; i++) expect(call('user.admin', {}, T0).status).toBe(200)
    expect((call('user.admin', {}, T0).body as { time: { operating: number } }).time.operating).toBe(0)
    // Three in one batch: none blocks the next (each is under 0.1 s), their 0.15 s count at the end.
    const batch = call('batch', { cmd: Array(3).fill('user.admin') }, T0).body as {
      result: { result_error: unknown }
    }
    expect(batch.result.result_error).toEqual([])
    expect(call('user.admin', {}, T0).body).toMatchObject({ error: 'OPERATION_TIME_LIMIT' })
    expect(call('user.admin', {}, T0 + 5000).status).toBe(200)
  })

  test("operating time charges the latency model's cost: a method's own, plus its cost per row answered", () => {
    const { call, engine } = kit()
    engine.updateSettings({
      operatingWindowSeconds: 600,
      latency: { perCommandMs: 0, perMethodMs: { 'user.admin': 150 }, perRowMs: { 'user.get': 40 } },
    })
    // 0.002 s + 150 ms; one row (`true`).
    const admin = call('user.admin', {}, T0).body as { time: { operating: number } }
    expect(admin.time.operating).toBe(0.152)
    // user.get: no fixed cost of its own (perCommandMs 0), 40 ms for each row answered.
    const users = call('user.get', {}, T0).body as { result: unknown[]; time: { operating: number } }
    expect(users.result.length).toBeGreaterThan(2)
    expect(users.time.operating).toBeCloseTo(0.002 + 0.04 * users.result.length, 6)
  })

  test('operating limit 0 is off', () => {
    const { call, engine } = kit()
    engine.updateSettings({ operatingLimitSeconds: 0, latency: { perCommandMs: 600_000 } })
    for (let i = 0; i < 3; i++) expect(call('user.admin').status).toBe(200)
  })
})

describe('administrator confirmation of voximplant.user.get', () => {
  const setup = () => {
    const engine = fresh()
    engine.updateSettings({ bucket: { drainPerSecond: 0 } })
    const token = engine.issueToken(T0).AUTH_ID
    const get = (auth = token) => engine.handleRest('voximplant.user.get', { USER_ID: [1], auth }, T0 + 5)
    return { engine, token, get }
  }

  test('waiting (once), then approved for that token', () => {
    const { engine, token, get } = setup()
    expect(errorOf(get())).toEqual({
      status: 401,
      error: 'METHOD_CONFIRM_WAITING',
      error_description: 'Waiting for confirmation',
    })
    expect(get().status).toBe(401)
    // The caller is an administrator: only they get the notification.
    expect(engine.pendingConfirmations()).toEqual([
      { token, userId: 1, method: 'voximplant.user.get', askedAt: T0 + 5, notified: [1] },
    ])
    expect(engine.decideConfirmations('approved')).toBe(1)
    expect(resultOf(get())).toMatchObject([{ ID: '1' }])
    expect(engine.pendingConfirmations()).toEqual([])
  })

  test('denied is 403 for that token; a new token asks again', () => {
    const { engine, get } = setup()
    get()
    engine.decideConfirmations('denied')
    expect(errorOf(get())).toEqual({
      status: 403,
      error: 'METHOD_CONFIRM_DENIED',
      error_description: 'Method call denied',
    })
    const next = engine.issueToken(T0 + 1).AUTH_ID
    expect(get(next).body).toMatchObject({ error: 'METHOD_CONFIRM_WAITING' })
    expect(engine.pendingConfirmations()).toHaveLength(1)
  })

  test('rights come first: an employee without the right gets ACCESS_DENIED and nobody is notified', () => {
    const { engine } = setup()
    engine.updateSettings({ currentUserId: 2 })
    const employee = engine.issueToken(T0).AUTH_ID
    const answer = engine.handleRest('voximplant.user.get', { USER_ID: [2, 3], auth: employee }, T0 + 5)
    expect(errorOf(answer)).toEqual({
      status: 403,
      error: 'ACCESS_DENIED',
      error_description: 'Access denied! You have no permission to query selected users',
    })
    expect(engine.pendingConfirmations()).toEqual([])
    // A missing USER_ID is told before either.
    expect(errorOf(engine.handleRest('voximplant.user.get', { auth: employee }, T0 + 6))).toMatchObject({
      status: 400,
      error: '',
    })
  })

  test('an employee whose role allows it asks every administrator', () => {
    const { engine } = setup()
    engine.updateSettings({ currentUserId: 2, permission: 'own' })
    const employee = engine.issueToken(T0).AUTH_ID
    expect(engine.handleRest('voximplant.user.get', { USER_ID: [2], auth: employee }, T0).status).toBe(401)
    const [pending] = engine.pendingConfirmations()
    expect(pending?.userId).toBe(2)
    expect(pending?.notified).toEqual(expect.arrayContaining([1, 4]))
    expect(pending?.notified).not.toContain(2)
  })

  test('confirmation off: no banner at all', () => {
    const { engine, get } = setup()
    engine.updateSettings({ confirmationRequired: false })
    expect(get().status).toBe(200)
    expect(engine.pendingConfirmations()).toEqual([])
  })
})

describe('request log', () => {
  test('one entry per call, without auth or SIP passwords', () => {
    const { call, engine, token } = kit()
    const answer = call('voximplant.user.get', { USER_ID: [2], SIP_PASSWORD: 'hunter2' })
    expect(answer.logEntry).toMatchObject({
      method: 'voximplant.user.get',
      params: { USER_ID: [2] },
      status: 200,
    })
    const failed = call('voximplant.user.activatePhone', {})
    expect(failed.logEntry).toMatchObject({ status: 400, error: '' })
    const text = JSON.stringify(engine.log)
    expect(engine.log).toHaveLength(2)
    expect(text).not.toContain(token)
    expect(text).not.toContain('hunter2')
    // The answer itself (with the real password) is not logged.
    expect(text).not.toContain(String(engine.voximplantUser(2)?.SIP_PASSWORD))
  })
})

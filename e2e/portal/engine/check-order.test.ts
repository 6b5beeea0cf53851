import { kit, resultOf, T0 } from './test-kit.ts'

const HOUR_LATER = T0 + 2 * 3600 * 1000

describe('the order of Bitrix24 REST checks', () => {
  test('the method is looked up before the token: a mistyped method with an expired token is 404', () => {
    const { call } = kit()
    expect(call('user.gett', {}, HOUR_LATER).status).toBe(404)
    expect(call('user.get', {}, HOUR_LATER)).toMatchObject({
      status: 401,
      body: { error: 'expired_token', error_description: 'The access token provided has expired' },
    })
  })

  test('only a lower-case batch inside a batch is refused; another spelling runs as a batch', () => {
    const { call } = kit()
    const answer = resultOf(
      call('batch', { cmd: { low: 'batch?cmd[a]=user.admin', up: 'BATCH?cmd[a]=user.admin' } }),
    ) as { result: Record<string, unknown>; result_error: Record<string, unknown> }
    expect(answer.result_error).toEqual({
      low: {
        error: 'ERROR_BATCH_METHOD_NOT_ALLOWED',
        error_description: 'Method is not allowed for batch usage',
      },
    })
    expect(answer.result.up).toMatchObject({ result: { a: true } })
  })

  test('a call that throws costs no operating time; the time limit error ends with a full stop', () => {
    const { call, engine } = kit()
    engine.updateSettings({
      appScopes: ['telephony', 'user_brief', 'department', 'user'],
      latency: { perCommandMs: 200 },
      operatingLimitSeconds: 0.5,
    })
    for (let i = 0; i < 5; i++) expect(call('user.update', { ID: 0 }).status).toBe(400)
    const first = call('user.update', { ID: 1, NAME: 'A' })
    expect(first.status).toBe(200)
    expect((first.body as { time: { operating: number } }).time.operating).toBeLessThan(0.5)
    for (let i = 0; i < 3; i++) call('user.update', { ID: 1, NAME: 'A' })
    expect(call('user.update', { ID: 1, NAME: 'A' }).body).toEqual({
      error: 'OPERATION_TIME_LIMIT',
      error_description: 'Method is blocked due to operation time limit.',
    })
  })
})

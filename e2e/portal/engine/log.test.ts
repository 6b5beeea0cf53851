import { LOG_LIMIT, loggableParams, RequestLog } from './log.ts'

describe('loggableParams', () => {
  test('drops auth and hides passwords at any depth', () => {
    const logged = loggableParams({
      auth: 'secret-token',
      USER_ID: [1, 2],
      fields: { SIP_PASSWORD: 'abc123', nested: [{ sip_password: 'x' }] },
      PASSWORD: null,
    })
    expect(logged).toEqual({
      USER_ID: [1, 2],
      fields: { SIP_PASSWORD: '[redacted]', nested: [{ sip_password: '[redacted]' }] },
      PASSWORD: null,
    })
    expect(JSON.stringify(logged)).not.toMatch(/secret-token|abc123/)
  })

  test('hides secrets inside batch command strings', () => {
    const logged = loggableParams({
      cmd: {
        a: 'voximplant.sip.update?CONFIG_ID=1&SIP_PASSWORD=hunter2&TITLE=x',
        b: 'user.get?auth=tok&FILTER%5BID%5D=1',
        c: 'x?fields%5BSIP_PASSWORD%5D=p4ss',
      },
    })
    expect(JSON.stringify(logged)).not.toMatch(/hunter2|tok&|p4ss/)
    expect(logged.cmd).toMatchObject({
      a: 'voximplant.sip.update?CONFIG_ID=1&SIP_PASSWORD=[redacted]&TITLE=x',
    })
  })

  test('copies, so later changes to the body do not reach the log', () => {
    const body = { FILTER: { ID: 1 } }
    const logged = loggableParams(body)
    body.FILTER.ID = 2
    expect(logged).toEqual({ FILTER: { ID: 1 } })
  })
})

test('RequestLog numbers entries and keeps the last LOG_LIMIT', () => {
  const log = new RequestLog()
  for (let i = 0; i < LOG_LIMIT + 10; i++)
    log.append({ at: i, method: 'm', params: {}, status: 200, durationMs: 0 })
  expect(log.entries).toHaveLength(LOG_LIMIT)
  expect(log.entries[0]?.seq).toBe(11)
  log.clear()
  expect(log.append({ at: 0, method: 'm', params: {}, status: 200, durationMs: 0 }).seq).toBe(LOG_LIMIT + 11)
})

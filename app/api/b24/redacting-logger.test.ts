// @vitest-environment node
import { ApiVersion, B24Hook, LoggerFactory } from '@bitrix24/b24jssdk'
import { guardLogger, redactText, redactValue, TOO_DEEP } from './redacting-logger.ts'

const SECRET = 'Zq9"s3cr&t=42'

/**
 * An SDK client whose HTTP transport answers voximplant.user.get (and a batch of it) with a password:
 * the SDK's own request/response logging runs as in the app, only the network is replaced.
 */
function sdkWithPasswordAnswers() {
  const hook = new B24Hook({ b24Url: 'https://acme.bitrix24.com', userId: 1, secret: 'hook-secret' })
  hook.offClientSideWarning()
  const sip = [
    { ID: '7', PHONE_ENABLED: 'Y', SIP_LOGIN: 'phone7', SIP_PASSWORD: SECRET, INNER_NUMBER: '107' },
  ]
  const time = { start: 0, finish: 0, duration: 0.1, processing: 0.1, date_start: '', date_finish: '' }
  const http = hook.getHttpClient(ApiVersion.v2) as unknown as { _clientAxios: unknown }
  http._clientAxios = {
    post: async (url: string) => ({
      status: 200,
      headers: {},
      data: url.includes('batch')
        ? {
            result: {
              result: { s0: sip },
              result_error: [],
              result_total: [],
              result_next: [],
              result_time: { s0: time },
            },
            time,
          }
        : { result: sip, time },
    }),
  }
  return hook
}

async function printedWhile(run: () => Promise<unknown>): Promise<string> {
  const lines: string[] = []
  const capture = (...args: unknown[]) =>
    lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
  const spies = (['log', 'info', 'debug', 'warn', 'error'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation(capture),
  )
  try {
    await run()
  } finally {
    spies.forEach((spy) => spy.mockRestore())
  }
  return lines.join('\n')
}

const readSip = (hook: B24Hook) =>
  Promise.all([
    hook.actions.v2.call.make({ method: 'voximplant.user.get', params: { USER_ID: [7] } }),
    hook.actions.v2.batch.make({
      calls: { s0: { method: 'voximplant.user.get', params: { USER_ID: [7] } } },
      options: { isHaltOnError: false, returnAjaxResult: true },
    }),
  ])

test('a console logger set on the SDK prints SIP passwords unless the logger is guarded (control)', async () => {
  const hook = sdkWithPasswordAnswers()
  hook.setLogger(LoggerFactory.createForBrowserDevelopment('probe'))
  const printed = await printedWhile(() => readSip(hook))
  expect(printed).toContain('post/response') // the SDK does log the results…
  expect(printed).toContain('s3cr') // …and its own redaction misses SIP_PASSWORD: the risk is real
})

test('with the app’s guard, a console logger set later prints no password, from calls or batches', async () => {
  const hook = sdkWithPasswordAnswers()
  guardLogger(hook)
  hook.setLogger(LoggerFactory.createForBrowserDevelopment('probe'))
  const printed = await printedWhile(() => readSip(hook))
  expect(printed).toContain('post/response')
  expect(printed).toContain('SIP_PASSWORD')
  expect(printed).not.toContain('s3cr')
})

test('redaction covers objects at any depth, JSON cut off mid-value, and query strings', () => {
  expect(redactValue({ a: [{ b: { SIP_PASSWORD: 'x1' } }], password: 'x2' })).toEqual({
    a: [{ b: { SIP_PASSWORD: '***' } }],
    password: '***',
  })
  expect(redactText('{"SIP_PASSWORD":"ab\\"cd","SIP_LOGIN":"phone7"}')).toBe(
    '{"SIP_PASSWORD":"***","SIP_LOGIN":"phone7"}',
  )
  expect(redactText('[{"ID":"7","SIP_PASSWORD":"abcd')).toBe('[{"ID":"7","SIP_PASSWORD":"***"')
  expect(redactText('cmd[s0]=x&SIP_PASSWORD=abc&ID=7')).toBe('cmd[s0]=x&SIP_PASSWORD=***&ID=7')
})

test('redaction covers JSON inside a JSON string, at every escaping level', () => {
  const inner = JSON.stringify({ SIP_PASSWORD: SECRET, SIP_LOGIN: 'phone7' })
  const once = JSON.stringify({ body: inner })
  const twice = JSON.stringify({ wrapped: once })
  for (const text of [once, twice]) {
    const safe = redactText(text)
    expect(safe, text).not.toContain('s3cr')
    expect(safe).not.toContain('=42')
    expect(safe).toContain('phone7')
  }
  expect(JSON.parse(redactText(once))).toEqual({ body: '{"SIP_PASSWORD":"***","SIP_LOGIN":"phone7"}' })
})

test('redaction matches every key that contains "password", quoted either way', () => {
  for (const text of [
    '{"SIP_PASSWORD2":"s3cr"}',
    '{"password_sip":"s3cr"}',
    '{"Sip-Password-Old":"s3cr"}',
    "{'SIP_PASSWORD': 's3cr'}",
    "{ SIP_PASSWORD: 's3cr\\'x' }",
    'SIP_PASSWORD2=s3cr&ID=7',
    'cmd[s0]=x&FIELDS[password_sip]=s3cr',
  ]) {
    expect(redactText(text), text).not.toContain('s3cr')
  }
  expect(redactValue({ password_sip: 's3cr', SIP_PASSWORD2: 's3cr' })).toEqual({
    password_sip: '***',
    SIP_PASSWORD2: '***',
  })
})

test('an object nested past the depth limit becomes a placeholder, never its value', () => {
  let deep: unknown = { SIP_PASSWORD: 's3cr', note: 'x' }
  for (let level = 0; level < 12; level += 1) deep = { level: [deep] }
  const safe = JSON.stringify(redactValue(deep))
  expect(safe).not.toContain('s3cr')
  expect(safe).not.toContain('"note"')
  expect(safe).toContain(JSON.stringify(TOO_DEEP))
})

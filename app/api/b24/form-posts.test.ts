// @vitest-environment node
import { ApiVersion, B24Hook } from '@bitrix24/b24jssdk'
import { formPostsOn } from './form-posts.ts'

/** The SDK's own HTTP client (a webhook one: same axios set-up as the frame's), its network replaced. */
function sdkSending(forms: boolean) {
  const hook = new B24Hook({ b24Url: 'https://acme.bitrix24.com', userId: 1, secret: 'hook-secret' })
  hook.offClientSideWarning()
  const client = hook.getHttpClient(ApiVersion.v2).ajaxClient
  if (forms) formPostsOn(client)
  const sent: Array<{ type: string; headers: string[]; body: string }> = []
  const time = { start: 0, finish: 0, duration: 0.1, processing: 0.1, date_start: '', date_finish: '' }
  client.defaults.adapter = async (config) => {
    const headers = Object.keys(config.headers.toJSON()).map((name) => name.toLowerCase())
    sent.push({ type: String(config.headers.getContentType()), headers, body: String(config.data) })
    const result = { result: { u: [] }, result_error: [], result_total: [], result_next: [], result_time: {} }
    return { status: 200, statusText: 'OK', headers: {}, config, data: { result, time } }
  }
  return { hook, sent }
}

test('a batch goes out as a PHP-style form: a CORS simple request, with no preflight before it', async () => {
  const { hook, sent } = sdkSending(true)
  await hook.actions.v2.batch.make({
    calls: { u: { method: 'user.get', params: { FILTER: { ACTIVE: true }, start: 50 } } },
    options: { isHaltOnError: false },
  })
  const [request] = sent
  expect(request?.type).toBe('application/x-www-form-urlencoded')
  // Only headers a simple request may carry (the SDK adds User-Agent outside a browser only; in one,
  // the browser sets it).
  expect(request?.headers.filter((name) => name !== 'user-agent').sort()).toEqual(['accept', 'content-type'])
  const form = new URLSearchParams(request?.body)
  expect(form.get('halt')).toBe('0')
  expect(form.get('cmd[u]')).toMatch(/^user\.get\?/)
  expect(new URLSearchParams(form.get('cmd[u]')?.split('?')[1]).get('FILTER[ACTIVE]')).toBe('true')
})

test("a call's nested parameters use brackets; true and false become 1 and 0, as PHP writes them", async () => {
  const { hook, sent } = sdkSending(true)
  await hook.actions.v2.call.make({
    method: 'user.update',
    params: { ID: 7, UF_PHONE_INNER: '107', FLAGS: { on: true, off: false }, IDS: [1, 2] },
  })
  const form = new URLSearchParams(sent[0]?.body)
  expect(Object.fromEntries(form)).toMatchObject({
    ID: '7',
    UF_PHONE_INNER: '107',
    'FLAGS[on]': '1',
    'FLAGS[off]': '0',
  })
  expect(form.getAll('IDS[]')).toEqual(['1', '2'])
})

test("without it the SDK posts JSON, which a browser preflights on another site's portal", async () => {
  const { hook, sent } = sdkSending(false)
  await hook.actions.v2.call.make({ method: 'user.current', params: {} })
  expect(sent[0]?.type).toMatch(/^application\/json/)
})

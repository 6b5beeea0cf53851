import { ApiVersion, B24Hook } from '@bitrix24/b24jssdk'
import { createB24Client } from '@/api/b24/client.ts'
import { formPostsOn } from '@/api/b24/form-posts.ts'
import { parsePhpQuery } from './php-query.ts'
import { kit, T0 } from './test-kit.ts'

/**
 * The app's REST client on the real SDK, its form posts read by the portal's PHP parser and answered by
 * the engine: what the server would see of each value, booleans and empty values included.
 */
function clientOnEngine() {
  const { engine, token } = kit()
  const hook = new B24Hook({ b24Url: 'https://acme.bitrix24.com', userId: 1, secret: 'hook-secret' })
  hook.offClientSideWarning()
  const ajax = hook.getHttpClient(ApiVersion.v2).ajaxClient
  formPostsOn(ajax)
  const sent: string[] = []
  ajax.defaults.adapter = async (config) => {
    const method = /\/([^/?]+?)(?:\.json)?(?:\?|$)/.exec(String(config.url))?.[1] ?? ''
    sent.push(String(config.data))
    const answer = engine.handleRest(
      method,
      { ...parsePhpQuery(String(config.data)), auth: token },
      T0 + 1000,
    )
    return { status: answer.status, statusText: '', headers: {}, config, data: answer.body }
  }
  return { client: createB24Client(hook as never), sent }
}

const ids = (rows: unknown) => (rows as Array<{ ID: string }>).map((row) => Number(row.ID))

test('false inside a batch command reaches Bitrix24 as false: only dismissed users come back', async () => {
  const { client } = clientOnEngine()
  const params = (active: boolean) => ({ FILTER: { ACTIVE: active }, select: ['ID'], start: -1 })
  const outcomes = await client.batch({
    on: { method: 'user.get', params: params(true) },
    off: { method: 'user.get', params: params(false) },
  })
  const on = outcomes.on?.ok ? ids(outcomes.on.result) : []
  const off = outcomes.off?.ok ? ids(outcomes.off.result) : []
  expect(on.length).toBeGreaterThan(0)
  expect(off.length).toBeGreaterThan(0)
  expect(off.filter((id) => on.includes(id))).toEqual([])
})

test('null and empty arrays are never sent: they would vanish from the form and change the call', async () => {
  const { client, sent } = clientOnEngine()
  await expect(client.call('voximplant.user.activatePhone', { USER_ID: null })).rejects.toThrow(/USER_ID/)
  await expect(client.call('voximplant.user.get', { USER_ID: [] })).rejects.toThrow(/USER_ID/)
  await expect(
    client.batch({ a: { method: 'user.get', params: { FILTER: { UF_DEPARTMENT: [] } } } }),
  ).rejects.toThrow(/FILTER\[UF_DEPARTMENT\]/)
  expect(sent).toEqual([])
})

test('what a form makes of them: USER_ID missing is 400 "not set", USER_ID empty a 403 for an employee', () => {
  const { engine } = kit()
  engine.updateSettings({ currentUserId: 2 })
  const auth = engine.issueToken(T0).AUTH_ID
  const get = (form: string) =>
    engine.handleRest('voximplant.user.get', { ...parsePhpQuery(form), auth }, T0 + 1000)
  expect(get('')).toMatchObject({ status: 400, body: { error_description: 'Parameter USER_ID is not set' } })
  expect(get('USER_ID=')).toMatchObject({ status: 403, body: { error: 'ACCESS_DENIED' } })
})

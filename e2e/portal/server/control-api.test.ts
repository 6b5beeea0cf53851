import { defaultSettings } from '../engine/settings.ts'
import { PortalControl, PortalControlError } from './control-client.ts'
import type { PortalEngine } from '../contract.ts'
import type { PortalServer } from './portal-server.ts'
import { askForApproval, postJson, rawRequest, startTestPortal } from './test-portal.ts'

const JSON_TYPE = { 'Content-Type': 'application/json' }

let server: PortalServer
let engine: PortalEngine
let url: string
let control: PortalControl

beforeEach(async () => {
  ;({ server, engine, url } = await startTestPortal({ settings: { lang: 'de' } }))
  control = new PortalControl(url)
})
afterEach(async () => {
  await server.close()
})

/** The status and `error` message of a refused control call. */
async function refusal(promise: Promise<unknown>): Promise<[number, string]> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof PortalControlError)) throw new Error('expected a PortalControlError')
  return [error.status, error.message]
}

describe('control API', () => {
  it('GET state: settings, portal, confirmations, frame facts', async () => {
    askForApproval(engine)
    const state = await control.state()
    expect(state.settings.lang).toBe('de')
    expect(state.portal.currentUser).toEqual({ id: 1, name: 'Anna Petrova', isAdmin: true })
    expect(state.pendingConfirmations).toHaveLength(1)
    expect(state).toMatchObject({
      installFinished: false,
      install: false,
      lastTitle: null,
      lastOpenPath: null,
      lastResize: null,
      lastLogSeq: 1, // the request that asked for approval
    })
    expect(state.appUrl).toBe('http://localhost:9/')
    expect(state.memberId).toMatch(/^[0-9a-f]{32}$/)
  })

  it('PATCH settings merges a valid patch and refuses unknown keys, wrong types and bad values', async () => {
    const settings = await control.updateSettings({ latency: { perRequestMs: 40 }, permission: 'own' })
    expect(settings.latency).toEqual({ perRequestMs: 40, perCommandMs: 0, perMethodMs: {}, perRowMs: {} })
    expect(await refusal(control.updateSettings({ latency: { perRequest: 1 } } as never))).toEqual([
      400,
      'PATCH settings: Unknown setting "latency.perRequest"',
    ])
    expect((await refusal(control.updateSettings({ confirmationRequired: 'yes' } as never)))[1]).toContain(
      '"confirmationRequired" must be a boolean',
    )
    expect((await refusal(control.updateSettings({ permission: 'all' } as never)))[1]).toContain(
      'must be one of',
    )
    expect((await refusal(control.updateSettings({ faults: { rate: 2 } })))[1]).toContain(
      '"faults.rate" must be between 0 and 1',
    )
    expect((await refusal(control.updateSettings({ operatingWindowSeconds: 0.5 })))[1]).toContain(
      '"operatingWindowSeconds" must be between 1 and 86400',
    )
    expect((await refusal(control.updateSettings({ faults: { kinds: ['boom'] } } as never)))[1]).toContain(
      '"faults.kinds" may only contain',
    )
    expect(engine.settings.permission).toBe('own')
  })

  it('switching install mode on again forgets that installation finished', async () => {
    await control.frameEvent({ type: 'installFinish' })
    expect((await control.state()).installFinished).toBe(true)
    await control.updateSettings({ installMode: true })
    expect(await control.state()).toMatchObject({ installFinished: false, install: true })
  })

  it('install mode is off once installation finished: the reloaded page opens the app normally', async () => {
    await control.updateSettings({ installMode: true })
    expect((await control.state()).install).toBe(true)
    await control.frameEvent({ type: 'installFinish' })
    expect(await control.state()).toMatchObject({ installFinished: true, install: false })
  })

  it('POST confirmations decides every waiting one and validates the decision', async () => {
    askForApproval(engine)
    expect(await control.decideConfirmations('approved')).toEqual({ decided: 1 })
    expect((await refusal(control.decideConfirmations('maybe' as never)))[0]).toBe(400)
  })

  it('POST tokens issues a token; tokens/expire answers', async () => {
    const token = await control.issueToken()
    expect(token.AUTH_EXPIRES).toBe(3600)
    expect(await control.expireTokens()).toEqual({ expired: true })
  })

  it('GET log, with since, and DELETE log', async () => {
    await postJson(url, '/rest/a.one', {})
    await postJson(url, '/rest/a.two', {})
    expect((await control.log()).map((e) => e.method)).toEqual(['a.one', 'a.two'])
    expect((await control.log(1)).map((e) => e.method)).toEqual(['a.two'])
    expect((await control.state()).lastLogSeq).toBe(2)
    expect((await rawRequest(url, { path: '/_portal/api/log?since=x' })).status).toBe(400)
    await control.clearLog()
    expect(await control.log()).toEqual([])
  })

  it('GET/PUT users/<id>/voximplant reads and changes the portal-side truth', async () => {
    expect(await control.voximplantUser(2)).toMatchObject({
      ID: '2',
      PHONE_ENABLED: 'N',
      SIP_LOGIN: 'phone2',
    })
    expect(await control.setPhoneEnabled(2, 'Y')).toMatchObject({ ID: '2', PHONE_ENABLED: 'Y' })
    expect(engine.voximplantUser(2)?.PHONE_ENABLED).toBe('Y')
    expect((await refusal(control.setPhoneEnabled(2, 'yes' as never)))[0]).toBe(400)
    expect((await refusal(control.voximplantUser(99)))[0]).toBe(404)
    expect((await refusal(control.setPhoneEnabled(99, 'Y')))[0]).toBe(404)
  })

  it('stores user and app options and shows them in the state', async () => {
    await control.setUserOption('sort', 'name')
    await control.setAppOption('theme', 'dark')
    expect(await control.state()).toMatchObject({
      userOptions: { sort: 'name' },
      appOptions: { theme: 'dark' },
    })
    expect((await refusal(control.setUserOption('', 'x')))[0]).toBe(400)
  })

  it('POST frame-events records title, openPath, resize and validates them', async () => {
    await control.frameEvent({ type: 'title', title: 'SIP phones' })
    await control.frameEvent({ type: 'openPath', path: '/telephony/users.php' })
    await control.frameEvent({ type: 'resize', width: '100%', height: 900 })
    expect(await control.state()).toMatchObject({
      lastTitle: 'SIP phones',
      lastOpenPath: '/telephony/users.php',
      lastResize: { width: '100%', height: 900 },
    })
    expect((await refusal(control.frameEvent({ type: 'resize', width: 1 } as never)))[1]).toContain(
      '"height" must be a number',
    )
    expect((await refusal(control.frameEvent({ type: 'dance' } as never)))[0]).toBe(400)
  })

  it('POST reset goes back to the seeded data and the start settings', async () => {
    await control.updateSettings({ lang: 'ru', permission: 'none' })
    await control.setPhoneEnabled(1, 'N') // seeded: on
    await control.frameEvent({ type: 'title', title: 'x' })
    const state = await control.reset()
    expect(state.settings).toMatchObject({ lang: 'de', permission: defaultSettings().permission })
    expect(state.lastTitle).toBeNull()
    expect(await control.voximplantUser(1)).toMatchObject({ PHONE_ENABLED: 'Y' })
  })

  it('answers 404 for unknown routes, 405 for a wrong method, 400 for bad JSON', async () => {
    expect((await rawRequest(url, { path: '/_portal/api/nope' })).status).toBe(404)
    const wrong = await rawRequest(url, { method: 'DELETE', path: '/_portal/api/state', headers: JSON_TYPE })
    expect(wrong.status).toBe(405)
    expect(JSON.parse(wrong.body)).toEqual({ error: 'Method DELETE not allowed on state' })
    const bad = await rawRequest(url, {
      method: 'PATCH',
      path: '/_portal/api/settings',
      headers: JSON_TYPE,
      body: '{',
    })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body)).toEqual({ error: 'The request body is not valid JSON' })
  })
})

describe('control API and other sites', () => {
  const host = () => new URL(url).host
  const formPost = (path: string, headers: Record<string, string> = {}) =>
    rawRequest(url, {
      method: 'POST',
      path,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: 'decision=approved',
    })

  it('refuses a cross-site form post, and does nothing', async () => {
    askForApproval(engine)
    const posted = await formPost('/_portal/api/confirmations', {
      Origin: 'https://evil.example',
      'Sec-Fetch-Site': 'cross-site',
    })
    expect(posted.status).toBe(403)
    expect(posted.headers['access-control-allow-origin']).toBeUndefined()
    const reset = await formPost('/_portal/api/reset', { Origin: 'https://evil.example' })
    expect(reset.status).toBe(403)
    expect(engine.pendingConfirmations()).toHaveLength(1)
  })

  it('refuses a body that is not declared JSON, even without an Origin', async () => {
    const plain = await rawRequest(url, {
      method: 'PATCH',
      path: '/_portal/api/settings',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ lang: 'ru' }),
    })
    expect(plain.status).toBe(415)
    expect((await formPost('/_portal/api/tokens')).status).toBe(415)
    expect(engine.settings.lang).toBe('de')
  })

  it('refuses a Host that is not the portal (DNS rebinding), so seeded data cannot be read', async () => {
    const rebound = await rawRequest(url, {
      path: '/_portal/api/users/1/voximplant',
      headers: { Host: 'evil.example' },
    })
    expect(rebound.status).toBe(403)
    const token = await rawRequest(url, {
      method: 'POST',
      path: '/_portal/api/tokens',
      headers: { Host: `attacker.example:${new URL(url).port}`, ...JSON_TYPE },
    })
    expect(token.status).toBe(403)
  })

  it('does not let a foreign origin read the log, and never answers with CORS headers', async () => {
    await postJson(url, '/rest/a.one', {})
    const foreign = await rawRequest(url, {
      path: '/_portal/api/log',
      headers: { Origin: 'http://localhost:9' },
    })
    expect(foreign.status).toBe(403)
    expect(foreign.body).not.toContain('a.one')
    const preflight = await rawRequest(url, {
      method: 'OPTIONS',
      path: '/_portal/api/settings',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PATCH' },
    })
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
    const own = await rawRequest(url, { path: '/_portal/api/log', headers: { Origin: `http://${host()}` } })
    expect(own.status).toBe(200)
    expect(own.headers['access-control-allow-origin']).toBeUndefined()
    expect(own.headers['x-content-type-options']).toBe('nosniff')
  })

  it("serves the portal page's own calls (its Origin, JSON) and keeps CORS on REST for the app", async () => {
    const page = { Origin: `http://${host()}`, 'Sec-Fetch-Site': 'same-origin', ...JSON_TYPE }
    const patched = await rawRequest(url, {
      method: 'PATCH',
      path: '/_portal/api/settings',
      headers: page,
      body: JSON.stringify({ lang: 'ru' }),
    })
    expect(patched.status).toBe(200)
    expect(
      (await rawRequest(url, { method: 'DELETE', path: '/_portal/api/log', headers: page })).status,
    ).toBe(200)
    const rest = await rawRequest(url, {
      method: 'POST',
      path: '/rest/a.one',
      headers: { Origin: 'http://localhost:9', ...JSON_TYPE },
      body: '{}',
    })
    expect(rest.headers['access-control-allow-origin']).toBe('*')
  })

  it('the test harness client works for every route without an Origin', async () => {
    await control.clearLog()
    await control.expireTokens()
    expect((await control.reset()).settings.lang).toBe('de')
  })
})

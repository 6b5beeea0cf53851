import type { PortalEngine } from '../contract.ts'
import { parsePhpQuery } from '../engine/php-query.ts'
import type { PortalServer } from './portal-server.ts'
import { postJson, rawRequest, startTestPortal } from './test-portal.ts'

let server: PortalServer
let engine: PortalEngine
let url: string
let token: string

beforeEach(async () => {
  ;({ server, engine, url, token } = await startTestPortal())
})
afterEach(async () => {
  await server.close()
})

describe('REST', () => {
  it("answers the CORS preflight as Bitrix24's rest module does: three headers, no Max-Age", async () => {
    const res = await rawRequest(url, {
      method: 'OPTIONS',
      path: '/rest/user.get?bx24_request_id=1',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-custom',
      },
    })
    expect(res.status).toBe(200)
    expect(res.headers['access-control-allow-origin']).toBe('*')
    // Not the `x-custom` asked for: the browser then refuses the call, as with Bitrix24.
    expect(res.headers['access-control-allow-headers']).toBe('origin, content-type, accept')
    expect(res.headers['access-control-allow-methods']).toBeUndefined()
    // The browser's default then applies (5 s in Chromium).
    expect(res.headers['access-control-max-age']).toBeUndefined()
    expect(engine.log).toEqual([])
  })

  it('passes the method and JSON body to the engine, without the SDK telemetry, and answers JSON with CORS', async () => {
    const res = await postJson(url, '/rest/user.get?bx24_request_id=abc&bx24_sdk_ver=2.2.0', {
      auth: token,
      start: 0,
    })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(res.headers['access-control-allow-origin']).toBe('*')
    expect(JSON.parse(res.body)).toMatchObject({ result: [{ ID: '1' }, { ID: '2' }, { ID: '3' }], time: {} })
    expect(engine.log).toEqual([
      expect.objectContaining({ method: 'user.get', params: { start: 0 }, status: 200 }),
    ])
  })

  it('accepts /rest/<method>.json and query parameters under the body', async () => {
    // The token only in the query, and a parameter in both: the body's wins, as in PHP's $_REQUEST.
    const res = await postJson(url, `/rest/profile.json?auth=${token}&x=1`, { x: 2 })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ result: { ID: '1', NAME: 'Anna' } })
    expect(engine.log[0]).toMatchObject({ method: 'profile', params: { x: 2 }, status: 200 })
  })

  it('keeps the engine status and puts Allow-Origin on errors too', async () => {
    engine.expireTokens(Date.now())
    const res = await postJson(url, '/rest/user.get', { auth: token })
    expect(res.status).toBe(401)
    expect(res.headers['access-control-allow-origin']).toBe('*')
    expect(JSON.parse(res.body)).toMatchObject({ error: 'expired_token' })
  })

  it('ignores a JSON body that does not parse, as Bitrix24 does, and refuses form bodies when no parser is wired', async () => {
    const bad = await rawRequest(url, {
      method: 'POST',
      path: `/rest/profile?x=1&auth=${token}`,
      headers: { 'Content-Type': 'application/json' },
      body: '{',
    })
    expect(bad.status).toBe(200)
    expect(engine.log[0]).toMatchObject({ method: 'profile', params: { x: '1' }, status: 200 })
    const form = await rawRequest(url, {
      method: 'POST',
      path: '/rest/user.get',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'FILTER[ID]=1',
    })
    expect(form.status).toBe(400)
    expect(engine.log).toHaveLength(1)
  })

  it('reads a body that is neither JSON nor a form as a query string; a Bearer header is the token', async () => {
    await server.close()
    ;({ server, engine, url, token } = await startTestPortal({ parseForm: (text) => parsePhpQuery(text) }))
    const res = await rawRequest(url, {
      method: 'POST',
      path: '/rest/profile',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${token}` },
      body: 'x=2',
    })
    expect(res.status).toBe(200)
    expect(engine.log[0]).toMatchObject({ method: 'profile', params: { x: '2' }, status: 200 })
  })

  it('refuses a body over 8 MB at once from its Content-Length, without running anything', async () => {
    const res = await rawRequest(url, {
      method: 'POST',
      path: '/rest/user.get',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(9 * 1024 * 1024) },
      body: '{}',
    })
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body)).toEqual({
      error: 'INVALID_REQUEST',
      error_description: 'Request body too large',
    })
    expect(engine.log).toEqual([])
  })

  it('answers 404 for a path that is not a method and 405 for GET without a form parser', async () => {
    expect((await postJson(url, '/rest/api/user.get', {})).status).toBe(404)
    expect((await rawRequest(url, { path: '/rest/user.get' })).status).toBe(405)
  })

  it('parses form bodies PHP-style when a parser is wired', async () => {
    await server.close()
    ;({ server, engine, url } = await startTestPortal({ parseForm: (text) => ({ parsed: text }) }))
    await rawRequest(url, {
      method: 'POST',
      path: '/rest/user.get',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'FILTER%5BID%5D=1',
    })
    expect(engine.log[0]?.params).toEqual({ parsed: 'FILTER%5BID%5D=1' })
  })
})

describe('latency', () => {
  it('waits perRequestMs plus perCommandMs for each executed command, and logs the duration', async () => {
    engine.updateSettings({ latency: { perRequestMs: 100, perCommandMs: 30 } })
    const cmd = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`c${i}`, `user.get?ID=${i}`]))
    const started = Date.now()
    const res = await postJson(url, '/rest/batch', { halt: 0, cmd, auth: token })
    const elapsed = Date.now() - started
    expect(res.status).toBe(200)
    expect(elapsed).toBeGreaterThanOrEqual(245)
    expect(elapsed).toBeLessThan(1000)
    expect(engine.log[0]?.durationMs).toBeGreaterThanOrEqual(245)
  })

  it("charges each command its method's own cost, and the others the common one", async () => {
    engine.updateSettings({
      latency: { perRequestMs: 50, perCommandMs: 0, perMethodMs: { 'user.get': 100 }, perRowMs: {} },
    })
    const cmd = { a: 'user.get?ID=1', b: 'user.get?ID=2', c: 'profile' }
    const started = Date.now()
    await postJson(url, '/rest/batch', { halt: 0, cmd, auth: token })
    const elapsed = Date.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(245)
    expect(elapsed).toBeLessThan(1000)
  })

  it('charges a method its cost per row answered', async () => {
    engine.updateSettings({
      latency: { perRequestMs: 0, perCommandMs: 0, perMethodMs: {}, perRowMs: { 'user.get': 100 } },
    })
    const started = Date.now()
    const answer = await postJson(url, '/rest/user.get', { auth: token })
    const rows = (JSON.parse(answer.body) as { result: unknown[] }).result.length
    expect(rows).toBeGreaterThanOrEqual(3)
    expect(Date.now() - started).toBeGreaterThanOrEqual(rows * 100 - 5)
  })

  it('runs parallel requests in parallel, as Bitrix24 does', async () => {
    engine.updateSettings({ latency: { perRequestMs: 300, perCommandMs: 0 } })
    const started = Date.now()
    await Promise.all([1, 2, 3, 4].map(() => postJson(url, '/rest/profile', { auth: token })))
    expect(Date.now() - started).toBeLessThan(600)
  })

  it('answers at once without latency', async () => {
    const started = Date.now()
    await postJson(url, '/rest/user.get', { auth: token })
    expect(Date.now() - started).toBeLessThan(100)
  })
})

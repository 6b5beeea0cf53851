import { lastSettingsValue } from '../page/user-options.js'
import type { PortalEngine } from '../contract.ts'
import { sessionIdOf, type PortalServer } from './portal-server.ts'
import { rawRequest, startTestPortal } from './test-portal.ts'

let server: PortalServer
let engine: PortalEngine
let url: string

beforeAll(async () => {
  ;({ server, engine, url } = await startTestPortal({
    appUrl: 'http://localhost:8125/',
    appName: 'SIP </script> phones',
  }))
})
afterAll(async () => {
  await server.close()
})

describe('parent page and photos', () => {
  it('serves the page on 127.0.0.1 with its config inlined and safely escaped', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const res = await rawRequest(url, { path: '/' })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    const json = /<script type="application\/json" id="portal-config">([\s\S]*?)<\/script>/.exec(
      res.body,
    )?.[1]
    expect(json).toBeDefined()
    expect(JSON.parse(json ?? '')).toEqual({
      domain: server.domain,
      appUrl: 'http://localhost:8125/',
      appMethod: 'POST',
      memberId: server.runtime.memberId,
      sessid: sessionIdOf(server.runtime),
      appName: 'SIP </script> phones',
      https: false,
    })
  })

  it('may not be framed by another site', async () => {
    const res = await rawRequest(url, { path: '/' })
    expect(res.headers['content-security-policy']).toBe("frame-ancestors 'none'")
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('stores the user options the last page kept in its cookie before rendering, then drops the cookie', async () => {
    const cookie = (sessid: string) =>
      `theme=x; BITRIX_SM_LAST_SETTINGS=${lastSettingsValue({ view: '{"q":"a&b"}' }, sessid)}`
    const foreign = await rawRequest(url, { path: '/', headers: { Cookie: cookie('another-session') } })
    expect(engine.userOptions(1)).toEqual({})
    expect(foreign.headers['set-cookie']).toEqual(['BITRIX_SM_LAST_SETTINGS=; Path=/; Max-Age=0'])
    // Another user's session (the cookie a page of user 1 left, user 2 now logged in) is not applied.
    const firstUsers = cookie(sessionIdOf(server.runtime))
    engine.updateSettings({ currentUserId: 2 })
    await rawRequest(url, { path: '/', headers: { Cookie: firstUsers } })
    expect(engine.userOptions(2)).toEqual({})
    engine.updateSettings({ currentUserId: 1 })
    const res = await rawRequest(url, { path: '/', headers: { Cookie: firstUsers } })
    expect(res.status).toBe(200)
    expect(engine.userOptions(1)).toEqual({ view: '{"q":"a&b"}' })
    expect(res.headers['set-cookie']).toEqual(['BITRIX_SM_LAST_SETTINGS=; Path=/; Max-Age=0'])
    expect(
      (await rawRequest(url, { path: '/', headers: { Cookie: 'theme=x' } })).headers['set-cookie'],
    ).toBeUndefined()
  })

  it('serves its scripts and styles, and nothing else from its directory', async () => {
    const js = await rawRequest(url, { path: '/_portal/page/page.js' })
    expect(js.status).toBe(200)
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await rawRequest(url, { path: '/_portal/page/page.css' })).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    )
    for (const path of [
      '/_portal/page/protocol.test.ts',
      '/_portal/page/index.html',
      '/_portal/page/../server/http.ts',
      '/_portal/page/%2e%2e%2fcontract.ts',
    ]) {
      expect((await rawRequest(url, { path })).status, path).toBe(404)
    }
  })

  it('serves the photo files the engine has, 404 for others', async () => {
    const photo = await rawRequest(url, { path: '/upload/main/abc/avatar-7.png' })
    expect(photo.status).toBe(200)
    expect(photo.headers['content-type']).toBe('image/png')
    expect(photo.headers['content-length']).toBe('4')
    expect((await rawRequest(url, { path: '/upload/main/abc/avatar-8.png' })).status).toBe(404)
    expect((await rawRequest(url, { path: '/upload/' })).status).toBe(404)
  })
})

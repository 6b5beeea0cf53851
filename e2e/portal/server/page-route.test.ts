import type { PortalServer } from './portal-server.ts'
import { rawRequest, startTestPortal } from './test-portal.ts'

let server: PortalServer
let url: string

beforeAll(async () => {
  ;({ server, url } = await startTestPortal({
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
      appName: 'SIP </script> phones',
    })
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

  it('serves generated photos as SVG, 404 for unknown ones', async () => {
    const photo = await rawRequest(url, { path: '/upload/photo/7.svg' })
    expect(photo.status).toBe(200)
    expect(photo.headers['content-type']).toBe('image/svg+xml')
    expect((await rawRequest(url, { path: '/upload/photo/8.svg' })).status).toBe(404)
    expect((await rawRequest(url, { path: '/upload/photo/x.svg' })).status).toBe(404)
  })
})

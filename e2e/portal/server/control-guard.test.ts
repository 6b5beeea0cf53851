import type { IncomingHttpHeaders } from 'node:http'
import { refuseControlRequest } from './control-guard.ts'

const HOSTS = ['127.0.0.1:8124', 'localhost:8124']
const json = { 'content-type': 'application/json' }
const check = (method: string, headers: IncomingHttpHeaders) =>
  refuseControlRequest(method, { host: '127.0.0.1:8124', ...headers }, HOSTS)?.status

describe('refuseControlRequest', () => {
  it("lets the portal page's own calls and local tools through", () => {
    expect(check('GET', {})).toBeUndefined()
    expect(check('POST', json)).toBeUndefined()
    expect(check('PATCH', { 'content-type': 'application/json; charset=utf-8' })).toBeUndefined()
    const page = { origin: 'http://127.0.0.1:8124', 'sec-fetch-site': 'same-origin' }
    expect(check('POST', { ...json, ...page })).toBeUndefined()
    expect(check('GET', { 'sec-fetch-site': 'none' })).toBeUndefined()
    expect(check('GET', { host: 'LOCALHOST:8124', origin: 'http://localhost:8124' })).toBeUndefined()
  })

  it('refuses a Host that is not the portal (DNS rebinding), and a missing one', () => {
    expect(check('GET', { host: 'evil.example:8124' })).toBe(403)
    expect(check('GET', { host: '127.0.0.1:9999' })).toBe(403)
    expect(refuseControlRequest('GET', {}, HOSTS)?.status).toBe(403)
  })

  it('refuses another origin, a null origin and a cross-site fetch without Origin', () => {
    expect(check('POST', { ...json, origin: 'https://evil.example' })).toBe(403)
    expect(check('GET', { origin: 'http://localhost:8125' })).toBe(403)
    expect(check('POST', { ...json, origin: 'null' })).toBe(403)
    expect(check('GET', { 'sec-fetch-site': 'cross-site' })).toBe(403)
    expect(check('GET', { 'sec-fetch-site': 'same-site' })).toBe(403)
  })

  it('refuses a write that is not JSON: what a cross-site form or a no-cors fetch sends', () => {
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
      '',
    ])
      expect(check('POST', { 'content-type': type }), type).toBe(415)
    expect(check('DELETE', {})).toBe(415)
    expect(check('POST', { 'content-type': 'application/jsonp' })).toBe(415)
  })
})

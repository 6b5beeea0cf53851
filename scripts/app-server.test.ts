import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createAppServer, resolveInside, type AppServer } from './app-server.ts'

let dir: string
let server: AppServer

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'app-server-'))
  await mkdir(path.join(dir, 'assets'))
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)')
  await writeFile(path.join(dir, 'assets', 'index-abc.css'), 'body{}')
  await writeFile(path.join(dir, 'logo.svg'), '<svg/>')
  await writeFile(path.join(path.dirname(dir), 'secret.txt'), 'secret')
  server = await createAppServer({
    dir,
    port: 0,
    headers: ({ isIndex }): Record<string, string> =>
      isIndex ? { 'Content-Security-Policy': "default-src 'self'" } : {},
  })
})

afterAll(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
  await rm(path.join(path.dirname(dir), 'secret.txt'), { force: true })
})

/** A raw request, so paths like `/../x` reach the server unnormalized. */
function raw(method: string, urlPath: string, body?: string) {
  const { port } = new URL(server.url)
  return new Promise<{
    status: number
    headers: Record<string, string | string[] | undefined>
    body: string
  }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        headers: body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {},
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe('createAppServer', () => {
  it('answers on localhost with the app path', () => {
    expect(server.url).toMatch(/^http:\/\/localhost:\d+\/$/)
  })

  it('answers GET / with index.html, not cached, with the hook headers', async () => {
    const res = await fetch(server.url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(await res.text()).toContain('<title>app</title>')
  })

  it('answers POST / and /index.html (Bitrix24 opens apps with a form POST) and reads the body', async () => {
    const form = 'DOMAIN=127.0.0.1%3A1&AUTH_ID=abc&' + 'X='.padEnd(200_000, 'y')
    for (const urlPath of ['/', '/index.html?DOMAIN=x&APP_SID=1']) {
      const res = await raw('POST', urlPath, form)
      expect(res.status).toBe(200)
      expect(res.body).toContain('<title>app</title>')
    }
  })

  it('serves assets as immutable with their content types', async () => {
    const js = await fetch(new URL('assets/index-abc.js', server.url))
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(js.headers.get('content-security-policy')).toBeNull()
    const css = await fetch(new URL('assets/index-abc.css', server.url))
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
    const svg = await fetch(new URL('logo.svg', server.url))
    expect(svg.headers.get('content-type')).toBe('image/svg+xml')
    expect(svg.headers.get('cache-control')).toBe('no-cache')
  })

  it('answers 404 for missing files and directories, 405 for POST on an asset', async () => {
    expect((await fetch(new URL('assets/nope.js', server.url))).status).toBe(404)
    expect((await fetch(new URL('assets/', server.url))).status).toBe(404)
    expect((await raw('POST', '/assets/index-abc.js', 'a=1')).status).toBe(405)
  })

  it('refuses to leave its directory', async () => {
    for (const urlPath of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
    ]) {
      const res = await raw('GET', urlPath)
      expect(res.status, urlPath).toBe(404)
      expect(res.body).not.toContain('secret')
    }
  })
})

describe('resolveInside', () => {
  it('keeps paths inside the root and rejects the rest', () => {
    expect(resolveInside('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js')
    expect(resolveInside('/srv/app', '/../app2/x')).toBe('/srv/app/app2/x')
    expect(resolveInside('/srv/app', '/%00')).toBeUndefined()
    expect(resolveInside('/srv/app', '/%E0%A4%A')).toBeUndefined()
    expect(resolveInside('/srv/app', '/')).toBeUndefined()
  })
})

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { resolveInside } from './app-request.ts'
import { createAppServer, type AppServer } from './app-server.ts'

let dir: string
let server: AppServer

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'app-server-'))
  await mkdir(path.join(dir, 'assets'))
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)')
  await writeFile(path.join(dir, 'assets', 'index-abc.css'), 'body{}')
  await writeFile(path.join(dir, 'logo.svg'), '<svg/>')
  await writeFile(path.join(dir, 'assets', 'index-abc.js.map'), '{"sources":[]}')
  await writeFile(path.join(dir, '.env'), 'SECRET=1')
  await mkdir(path.join(dir, '.git'))
  await writeFile(path.join(dir, '.git', 'config'), 'SECRET=2')
  await mkdir(path.join(dir, 'e2e'))
  await writeFile(path.join(dir, 'e2e', 'portal.js'), 'x')
  await writeFile(path.join(path.dirname(dir), 'secret.txt'), 'secret')
  server = await createAppServer({
    dir,
    port: 0,
    headers: ({ isIndex, query, form }): Record<string, string> =>
      isIndex
        ? {
            'Content-Security-Policy': "default-src 'self'",
            'X-Launch': `${query.get('DOMAIN') ?? '-'} ${form?.get('DOMAIN') ?? '-'}`,
          }
        : {},
  })
})

afterAll(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
  await rm(path.join(path.dirname(dir), 'secret.txt'), { force: true })
})

/** A raw request, so paths like `/../x` reach the server unnormalized. */
function raw(method: string, urlPath: string, body?: string, headers: Record<string, string> = {}) {
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
        headers: { ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}), ...headers },
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
    expect(res.headers.get('content-type')).toMatch(/^text\/html; ?charset=utf-8$/)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(await res.text()).toContain('<title>app</title>')
  })

  it('answers POST / and /index.html (Bitrix24 opens apps with a form POST), telling the hook its form', async () => {
    const form = 'DOMAIN=b.bitrix24.de&AUTH_ID=abc&' + 'X='.padEnd(60_000, 'y')
    const posted = await raw('POST', '/', form)
    expect(posted.status).toBe(200)
    expect(posted.body).toContain('<title>app</title>')
    expect(posted.headers['x-launch']).toBe('- b.bitrix24.de')
    const both = await raw('POST', '/index.html?DOMAIN=a.bitrix24.com&APP_SID=1', form)
    expect(both.status).toBe(200)
    expect(both.headers['x-launch']).toBe('a.bitrix24.com b.bitrix24.de')
    // Only a urlencoded form is a form.
    const json = await raw('POST', '/', '{"DOMAIN":"x"}', { 'Content-Type': 'application/json' })
    expect(json.headers['x-launch']).toBe('- -')
  })

  it('revalidates the page with an ETag and answers 304 with the hook headers', async () => {
    const first = await fetch(server.url)
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const again = await fetch(server.url, { headers: { 'If-None-Match': etag ?? '' } })
    expect(again.status).toBe(304)
    expect(again.headers.get('content-security-policy')).toBe("default-src 'self'")
  })

  it('serves assets as immutable with their content types', async () => {
    const js = await fetch(new URL('assets/index-abc.js', server.url))
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toBe('text/javascript')
    expect(js.headers.get('x-content-type-options')).toBe('nosniff')
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(js.headers.get('content-security-policy')).toBeNull()
    const css = await fetch(new URL('assets/index-abc.css', server.url))
    expect(css.headers.get('content-type')).toBe('text/css')
    const svg = await fetch(new URL('logo.svg', server.url))
    expect(svg.headers.get('content-type')).toBe('image/svg+xml')
    expect(svg.headers.get('cache-control')).toBe('no-cache')
  })

  it('answers 404 for missing files and directories, 405 for POST on an asset', async () => {
    const missing = await fetch(new URL('assets/nope.js', server.url))
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-cache')
    expect((await fetch(new URL('assets/', server.url))).status).toBe(404)
    expect((await fetch(new URL('assets', server.url))).status).toBe(404)
    const post = await raw('POST', '/assets/index-abc.js', 'a=1')
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
    expect((await raw('DELETE', '/')).status).toBe(405)
  })

  it('never serves source maps, dotfiles or the local portal', async () => {
    for (const urlPath of ['/assets/index-abc.js.map', '/.env', '/%2eenv', '/e2e/portal.js']) {
      const res = await raw('GET', urlPath)
      expect(res.status, urlPath).toBe(404)
      expect(res.body).not.toMatch(/SECRET|sources/)
    }
  })

  it('answers a range request with the whole file', async () => {
    const res = await raw('GET', '/assets/index-abc.js', undefined, { Range: 'bytes=5-2' })
    expect(res.status).toBe(200)
    expect(res.body).toBe('console.log(1)')
  })

  it('answers a POST body over 64 KB with 413 and closes without waiting for it', async () => {
    const { port } = new URL(server.url)
    const answer = await new Promise<{ status: number; connection: string | undefined }>(
      (resolve, reject) => {
        // Announces 10 MB and sends none of it: a 413 can only come from the announced size.
        const req = request({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'Content-Length': 10 * 1024 * 1024,
          },
        })
        req.on('response', (res) => {
          res.resume()
          res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }))
        })
        req.on('error', reject)
        req.flushHeaders()
      },
    )
    expect(answer).toEqual({ status: 413, connection: 'close' })
  })

  it('answers 413 to a chunked body once it passes the limit', async () => {
    const { port } = new URL(server.url)
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/' })
      req.on('response', (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.write('A='.padEnd(70 * 1024, 'y'))
    })
    expect(status).toBe(413)
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

/** Sends a request line as written: `#` and absolute forms reach the server (fetch and curl cut or rewrite them). */
function socketRequest(target: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`)
    })
    let text = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (text += chunk))
    socket.on('close', () => resolve(text))
    socket.on('error', reject)
  })
}

describe('createAppServer request targets', () => {
  it('answers 400 to a target with a fragment or without a leading slash, never the file', async () => {
    for (const target of [
      '/.env#/../logo.svg',
      '/.git/config#/../../logo.svg',
      '/e2e/portal.js#/../../logo.svg',
      '/assets/index-abc.js.map#x',
      '/logo.svg#',
      'logo.svg',
      'http://localhost/.env',
      '*',
    ]) {
      const answer = await socketRequest(target)
      expect(answer, target).toMatch(/^HTTP\/1\.1 400 /)
      expect(answer, target).not.toMatch(/SECRET|sources|<svg/)
    }
  })

  it('serves a plain target from a raw socket as before', async () => {
    expect(await socketRequest('/logo.svg?v=1')).toMatch(/^HTTP\/1\.1 200 [^]*<svg\/>$/)
  })
})

describe('createAppServer timeouts', () => {
  it('drops a client that sends its headers too slowly', async () => {
    const slow = await createAppServer({
      dir,
      port: 0,
      limits: { headersTimeoutMs: 200, requestTimeoutMs: 400 },
    })
    try {
      const started = Date.now()
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(new URL(slow.url).port), '127.0.0.1', () => {
          socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ')
        })
        let text = ''
        socket.setEncoding('utf8')
        socket.on('data', (chunk: string) => (text += chunk))
        socket.on('close', () => resolve(text))
        socket.on('error', reject)
      })
      expect(answer).toMatch(/^HTTP\/1\.1 408/)
      expect(Date.now() - started).toBeLessThan(2_000)
    } finally {
      await slow.close()
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

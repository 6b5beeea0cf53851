import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { AppServer } from './app-server.ts'
import { parseServeArgs, startServer } from './serve.ts'

describe('parseServeArgs', () => {
  it('has defaults for a server behind a local proxy', () => {
    expect(parseServeArgs([])).toEqual({
      dir: 'dist/app',
      host: '127.0.0.1',
      port: 8080,
      portals: [],
      anyPortal: false,
    })
    expect(parseServeArgs(['--any-portal'])).toMatchObject({ anyPortal: true })
    expect(parseServeArgs(['--help'])).toBe('help')
  })

  it('takes portals from repeated --portal and from B24_PORTALS, once each', () => {
    const options = parseServeArgs(
      ['--port=0', '--host', '0.0.0.0', '--dir', 'build', '--portal', 'https://a.example.com/'],
      { B24_PORTALS: 'https://b.example.com, https://a.example.com' },
    )
    expect(options).toEqual({
      dir: 'build',
      host: '0.0.0.0',
      port: 0,
      portals: ['https://a.example.com', 'https://b.example.com'],
      anyPortal: false,
    })
  })

  it('refuses bad input with a message that says what is wrong', () => {
    expect(() => parseServeArgs(['--portal', 'a.example.com'])).toThrow(
      /Portal "a.example.com" has no scheme/,
    )
    expect(() => parseServeArgs([], { B24_PORTALS: 'http://a.example.com' })).toThrow(/--allow-http/)
    expect(parseServeArgs(['--allow-http', '--portal', 'http://127.0.0.1:8124'])).toMatchObject({
      portals: ['http://127.0.0.1:8124'],
    })
    expect(() => parseServeArgs(['--port', '80a'])).toThrow(/--port "80a"/)
    expect(() => parseServeArgs(['--port', '70000'])).toThrow(/--port "70000"/)
    expect(() => parseServeArgs(['--portl', 'https://a.example.com'])).toThrow(/--portl/)
  })
})

describe('startServer', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'serve-'))
    await mkdir(path.join(dir, 'assets'))
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>app</title>')
    await writeFile(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)')
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  /** The portal sources of the page's policy, for a launch request with this query and form. */
  async function launch(server: AppServer, query: string, form = 'AUTH_ID=abc&REFRESH_ID=def') {
    const page = await fetch(new URL(`?${query}`, server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    })
    const csp = page.headers.get('content-security-policy') ?? ''
    const directive = (name: string) => new RegExp(`(?:^|; )${name} ([^;]*)`).exec(csp)?.[1]
    return { page, connect: directive('connect-src'), frame: directive('frame-ancestors') }
  }

  it('answers the portal POST with the app page and a policy for that one portal', async () => {
    const server = await startServer({
      dir,
      host: '127.0.0.1',
      port: 0,
      portals: ['https://crm.example.com'],
    })
    try {
      const { page, connect, frame } = await launch(server, 'DOMAIN=acme.bitrix24.com&PROTOCOL=1&LANG=en')
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('<title>app</title>')
      expect(page.headers.get('cache-control')).toBe('no-cache')
      expect({ connect, frame }).toEqual({
        connect: 'https://acme.bitrix24.com',
        frame: 'https://acme.bitrix24.com',
      })
      expect(page.headers.get('referrer-policy')).toBe('no-referrer')
      expect(page.headers.get('permissions-policy')).toContain('camera=()')
      expect(page.headers.get('x-frame-options')).toBeNull()
      // A configured portal, named by the form alone.
      expect(await launch(server, '', 'DOMAIN=crm.example.com&PROTOCOL=1&AUTH_ID=x')).toMatchObject({
        connect: 'https://crm.example.com',
        frame: 'https://crm.example.com',
      })
      const asset = await fetch(new URL('assets/index-abc.js', server.url))
      expect(asset.headers.get('cache-control')).toContain('immutable')
      expect(asset.headers.get('x-content-type-options')).toBe('nosniff')
    } finally {
      await server.close()
    }
  })

  it('allows no portal when the launch names none, or one that is neither cloud nor configured', async () => {
    const server = await startServer({ dir, host: '127.0.0.1', port: 0, portals: [] })
    try {
      for (const query of ['', 'DOMAIN=evil.example.com&PROTOCOL=1', 'DOMAIN=x.bitrix24.site&PROTOCOL=1']) {
        expect(await launch(server, query), query).toMatchObject({ connect: "'none'", frame: "'none'" })
      }
    } finally {
      await server.close()
    }
  })

  it('refuses to start without a built app', async () => {
    await expect(
      startServer({ dir: path.join(dir, 'assets'), host: '127.0.0.1', port: 0, portals: [] }),
    ).rejects.toThrow(/No built app in .*: run `npm run build` first/)
  })
})

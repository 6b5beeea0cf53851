import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildStaticCsp, securityHeaders } from '../server/csp.ts'
import { packageApp, withMetaCsp, zipFileName } from './package.ts'
import { readZip } from './zip.ts'

let dir: string
const PAGE = '<!doctype html><html><head><meta charset="UTF-8" /><title>app</title></head></html>'

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'package-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function put(relative: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, 'app', relative)), { recursive: true })
  await writeFile(path.join(dir, 'app', relative), text)
}

describe('packageApp', () => {
  it('zips the built app with index.html at the root, without maps, dotfiles or the local portal', async () => {
    await put('index.html', PAGE)
    await put('assets/index-abc.js', 'console.log(1)')
    await put('assets/index-abc.js.map', '{}')
    await put('assets/index-abc.css', 'body{}')
    await put('assets/.hidden.js', 'x')
    await put('.DS_Store', 'x')
    await put('.well-known/x.txt', 'x')
    await put('e2e/portal.html', 'x')
    await put('icons/nested/logo.svg', '<svg/>')

    const outFile = path.join(dir, 'out', 'app-1.0.0.zip')
    const result = await packageApp({ appDir: path.join(dir, 'app'), outFile })

    const expected = ['index.html', 'assets/index-abc.css', 'assets/index-abc.js', 'icons/nested/logo.svg']
    expect(result.names).toEqual(expected)
    const zip = await readFile(outFile)
    expect(result).toMatchObject({ file: outFile, bytes: zip.length })
    const files = readZip(zip)
    expect(files.map((file) => file.name)).toEqual(expected)
    expect(files[0]!.data.toString()).toBe(withMetaCsp(PAGE, buildStaticCsp({ portals: [] })))
    expect(files[2]!.data.toString()).toBe('console.log(1)')
  })

  it("gives the zip's pages a <meta> policy that names the portals given", async () => {
    await put('index.html', PAGE)
    await put('install.html', PAGE)
    const outFile = path.join(dir, 'app.zip')
    await packageApp({ appDir: path.join(dir, 'app'), outFile, portals: ['https://crm.example.com'] })
    const pages = readZip(await readFile(outFile)).filter((file) => file.name.endsWith('.html'))
    expect(pages).toHaveLength(2)
    for (const page of pages) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(
        page.data.toString(),
      )?.[1]
      expect(csp, page.name).toBe(buildStaticCsp({ portals: ['https://crm.example.com'] }))
      expect(csp).toMatch(/connect-src 'self' https:\/\/\*\.bitrix24\.com .*https:\/\/crm\.example\.com;/)
    }
  })

  it("gives the zip's pages the hosted server's referrer policy, before anything that could send a request", async () => {
    await put('index.html', PAGE)
    await put('install.html', PAGE)
    const outFile = path.join(dir, 'app.zip')
    await packageApp({ appDir: path.join(dir, 'app'), outFile })
    const hosted = securityHeaders('x')['Referrer-Policy']
    for (const page of readZip(await readFile(outFile)).filter((file) => file.name.endsWith('.html'))) {
      const html = page.data.toString()
      expect(html, page.name).toContain(`<meta name="referrer" content="${hosted}" />`)
      expect(html.indexOf('name="referrer"')).toBeLessThan(html.indexOf('<title>'))
    }
  })

  it('fails clearly when the app was not built', async () => {
    await put('assets/index-abc.js', 'console.log(1)')
    await expect(
      packageApp({ appDir: path.join(dir, 'app'), outFile: path.join(dir, 'app.zip') }),
    ).rejects.toThrow(/index\.html is missing\. Run `npm run build` first/)
  })
})

describe('withMetaCsp', () => {
  it('puts the policy right after <meta charset>, or first in <head>', () => {
    expect(withMetaCsp(PAGE, "default-src 'none'")).toBe(
      '<!doctype html><html><head><meta charset="UTF-8" />\n    ' +
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'" />\n    ` +
        '<meta name="referrer" content="no-referrer" />' +
        '<title>app</title></head></html>',
    )
    expect(withMetaCsp('<html><head lang="en"><title>x</title>', 'a "b" & c')).toContain(
      '<head lang="en">\n    <meta http-equiv="Content-Security-Policy" content="a &quot;b&quot; &amp; c" />',
    )
  })

  it('refuses a page without <head> or with a policy of its own', () => {
    expect(() => withMetaCsp('<title>x</title>', 'x')).toThrow(/no <head>/)
    const own = withMetaCsp(PAGE, 'x')
    expect(() => withMetaCsp(own, 'x')).toThrow(/already has a Content-Security-Policy/)
  })
})

describe('zipFileName', () => {
  it('is <name>-<version>.zip, scoped names flattened', () => {
    expect(zipFileName({ name: 'sip-phones-b24', version: '0.1.0' })).toBe('sip-phones-b24-0.1.0.zip')
    expect(zipFileName({ name: '@acme/sip', version: '2.0.0-rc.1' })).toBe('acme-sip-2.0.0-rc.1.zip')
    expect(() => zipFileName({ name: 'x' })).toThrow(/"version"/)
  })
})

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isShipped, packageApp, zipFileName } from './package.ts'
import { readZip } from './zip.ts'

let dir: string

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
    await put('index.html', '<!doctype html><title>app</title>')
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
    expect(files[0]!.data.toString()).toBe('<!doctype html><title>app</title>')
  })

  it('fails clearly when the app was not built', async () => {
    await put('assets/index-abc.js', 'console.log(1)')
    await expect(
      packageApp({ appDir: path.join(dir, 'app'), outFile: path.join(dir, 'app.zip') }),
    ).rejects.toThrow(/index\.html is missing\. Run `npm run build` first/)
  })
})

describe('isShipped', () => {
  it('keeps app files and drops maps, dotfiles and e2e/', () => {
    expect(isShipped('index.html')).toBe(true)
    expect(isShipped('assets/map-view-abc.js')).toBe(true)
    expect(isShipped('assets/index.js.map')).toBe(false)
    expect(isShipped('.env')).toBe(false)
    expect(isShipped('assets/.cache/x.js')).toBe(false)
    expect(isShipped('e2e/portal/page.js')).toBe(false)
    expect(isShipped('assets/e2e.js')).toBe(true)
  })
})

describe('zipFileName', () => {
  it('is <name>-<version>.zip, scoped names flattened', () => {
    expect(zipFileName({ name: 'sip-phones-b24', version: '0.1.0' })).toBe('sip-phones-b24-0.1.0.zip')
    expect(zipFileName({ name: '@acme/sip', version: '2.0.0-rc.1' })).toBe('acme-sip-2.0.0-rc.1.zip')
    expect(() => zipFileName({ name: 'x' })).toThrow(/"version"/)
  })
})

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { packageApp } from '../scripts/package.ts'
import { startServer } from '../server/serve.ts'
import { appFrame, expect, test } from './fixtures.ts'
import { everyoneListed } from './helpers.ts'
import { cspViolations, freePort, unpack } from './package-helpers.ts'
import { startLocalPortal } from './portal/start.ts'

let tmp: string

test.beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'shipping-'))
})

test.afterEach(async () => {
  await rm(tmp, { recursive: true, force: true })
})

/** The app served by `serve.ts`, with its CSP for `portals`, inside a local portal that opens it by POST. */
async function hostedApp(portals: string[], portalPort = 0) {
  const server = await startServer({ dir: 'dist/app', host: 'localhost', port: 0, portals })
  try {
    const settings = { confirmationRequired: false }
    const portal = await startLocalPortal({ appUrl: server.url, appMethod: 'POST', portalPort, settings })
    return { portal, close: () => Promise.all([portal.close(), server.close()]) }
  } catch (error) {
    await server.close()
    throw error
  }
}

test('the packaged zip, unpacked, boots inside the portal under its meta CSP', async ({ page }) => {
  const zipFile = path.join(tmp, 'app.zip')
  // The local portal is http and outside the cloud zones: named when packaging, as `--portal` does.
  const portalPort = await freePort()
  const portals = [`http://127.0.0.1:${portalPort}`]
  const { names } = await packageApp({ appDir: 'dist/app', outFile: zipFile, portals })
  expect(names[0]).toBe('index.html')

  const appDir = path.join(tmp, 'app')
  const unpacked = await unpack(await readFile(zipFile), appDir)
  expect(unpacked).toEqual(names)
  expect(unpacked.filter((name) => name.endsWith('.map') || name.startsWith('e2e/'))).toEqual([])

  const indexPage = await readFile(path.join(appDir, 'index.html'), 'utf8')
  expect(indexPage).toContain('http-equiv="Content-Security-Policy"')
  expect(indexPage).toContain('<meta name="referrer" content="no-referrer" />')

  const portal = await startLocalPortal({ appDir, portalPort, appPort: 0 })
  try {
    const violations = cspViolations(page)
    await page.goto(portal.portalUrl)
    await expect(everyoneListed(appFrame(page))).toBeVisible()
    expect(violations).toEqual([])
  } finally {
    await portal.close()
  }
})

test('the hosted server answers the portal POST with the app and its security headers', async ({
  request,
}) => {
  const server = await startServer({ dir: 'dist/app', host: '127.0.0.1', port: 0, portals: [] })
  try {
    const form = { AUTH_ID: 'token', DOMAIN: 'crm.bitrix24.com', PROTOCOL: '1' }
    const page = await request.post(server.url, { form })
    expect(page.status()).toBe(200)
    const html = await page.text()
    expect(html).toBe(await readFile('dist/app/index.html', 'utf8'))
    expect(page.headers()['content-security-policy']).toContain('frame-ancestors https://crm.bitrix24.com;')
    expect(page.headers()['cache-control']).toBe('no-cache')
    expect(page.headers()['x-frame-options']).toBeUndefined()

    const script = html.match(/src="\.\/(assets\/[^"]+\.js)"/)?.[1]
    expect(script).toBeDefined()
    const asset = await request.get(new URL(script!, server.url).href)
    expect(asset.status()).toBe(200)
    expect(asset.headers()['cache-control']).toContain('immutable')
  } finally {
    await server.close()
  }
})

test('under its CSP the app runs inside the portal without a single violation', async ({ page }) => {
  const portalPort = await freePort()
  const { portal, close } = await hostedApp([`http://127.0.0.1:${portalPort}`], portalPort)
  try {
    const violations = cspViolations(page)
    await page.goto(portal.portalUrl)
    const app = appFrame(page)
    await expect(everyoneListed(app)).toBeVisible()
    // Photos come from the portal (img-src), rows from REST (connect-src).
    await expect(app.getByRole('switch').first()).toBeEnabled()
    await expect(app.locator('img[src*="/upload/"]').first()).toBeVisible()
    // A dialog: Mantine's Modal injects its own <style> (react-remove-scroll).
    await app
      .getByRole('checkbox', { name: /^Select (?!all)/ })
      .first()
      .check()
    await app.getByRole('region', { name: '1 selected' }).getByRole('button', { name: 'Export CSV' }).click()
    await expect(app.getByRole('dialog', { name: 'Export for phone provisioning' })).toBeVisible()
    expect(violations).toEqual([])
  } finally {
    await close()
  }
})

test('a site that is not a configured portal cannot frame the app', async ({ page }) => {
  const { portal, close } = await hostedApp([])
  try {
    const violations = cspViolations(page)
    await page.goto(portal.portalUrl)
    await expect.poll(() => violations.join('\n')).toContain('frame-ancestors')
    await expect(appFrame(page).getByRole('banner')).toHaveCount(0)
  } finally {
    await close()
  }
})

test('the first screen’s scripts ask V8 to compile them as they load; the lazy parts do not', async () => {
  const html = await readFile('dist/app/index.html', 'utf8')
  const scripts = [...html.matchAll(/<script type="module"[^>]*\bsrc="\.\/([^"]+)"/g)].map(
    (match) => match[1]!,
  )
  expect(scripts.length).toBeGreaterThan(0)
  for (const script of scripts) {
    const code = await readFile(path.join('dist/app', script), 'utf8')
    expect(code.startsWith('//# allFunctionsCalledOnLoad\n'), script).toBe(true)
  }
  // The employee panel loads on first use: its code stays compiled function by function, when called.
  const assets = await readdir('dist/app/assets')
  const panel = assets.find((name) => /^employee-panel-.*\.js$/.test(name))
  expect(panel).toBeDefined()
  expect(await readFile(path.join('dist/app/assets', panel!), 'utf8')).not.toContain(
    'allFunctionsCalledOnLoad',
  )
})

test('ICU is set up by a script of its own, loaded beside the first screen’s bundle', async () => {
  const html = await readFile('dist/app/index.html', 'utf8')
  const warmUp = html.search(/<script src="\.\/icu-warm-up\.js" async\s*><\/script>/)
  expect(warmUp).toBeGreaterThan(-1)
  // Before the module scripts: its request leaves first, and being async it never waits for them.
  expect(warmUp).toBeLessThan(html.indexOf('<script type="module"'))
  const code = await readFile('dist/app/icu-warm-up.js', 'utf8')
  expect(code).toContain('new Intl.Collator()')
  expect(code).toContain('new Intl.NumberFormat()')
})

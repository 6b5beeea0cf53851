import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import playwrightConfig from '../playwright.config.ts'
import { packageApp } from '../scripts/package.ts'
import { appFrame, expect, test } from './fixtures.ts'
import { everyoneListed } from './helpers.ts'
import { cspViolations, freePort, unpack } from './package-helpers.ts'
import { startLocalPortal } from './portal/start.ts'

// A self-hosted Bitrix24 (README "Self-hosted Bitrix24"): the portal on its own domain, outside the
// cloud's `*.bitrix24.<zone>`, and no REST rate limits. Chromium resolves the domain to loopback.
const DOMAIN = 'crm.northwind.test'

const launchOptions = playwrightConfig.use?.launchOptions ?? {}
test.use({
  launchOptions: {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), `--host-resolver-rules=MAP ${DOMAIN} 127.0.0.1`],
  },
})

let tmp: string
test.beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'self-hosted-'))
})
test.afterEach(async () => {
  await rm(tmp, { recursive: true, force: true })
})

/** The zip, packaged for `portals` (`npm run package -- --portal …`), unpacked and served in a portal at DOMAIN. */
async function selfHostedPortal(portals: (origin: string) => string[]) {
  const portalPort = await freePort()
  const zipFile = path.join(tmp, 'app.zip')
  await packageApp({
    appDir: 'dist/app',
    outFile: zipFile,
    portals: portals(`http://${DOMAIN}:${portalPort}`),
  })
  const appDir = path.join(tmp, 'app')
  await unpack(await readFile(zipFile), appDir)
  return startLocalPortal({
    appDir,
    portalPort,
    appPort: 0,
    portalHostname: DOMAIN,
    // No rate limits on a self-hosted portal: the bucket is off.
    settings: { bucket: { drainPerSecond: 0, limit: 50 }, confirmationRequired: false },
  })
}

test('packaged with --portal for its domain, the app boots on a self-hosted portal', async ({ page }) => {
  const portal = await selfHostedPortal((origin) => [origin])
  try {
    const violations = cspViolations(page)
    await page.goto(portal.portalUrl)
    expect(new URL(page.url()).hostname).toBe(DOMAIN)
    const app = appFrame(page)
    await expect(everyoneListed(app)).toBeVisible()
    await expect(app.getByRole('switch').first()).toBeEnabled()
    await expect(app.locator(`img[src^="http://${DOMAIN}:"]`).first()).toBeVisible()
    expect(portal.engine.log.filter((entry) => entry.status === 503)).toEqual([])
    expect(violations).toEqual([])
  } finally {
    await portal.close()
  }
})

test('packaged for the cloud only, the browser keeps the app from the self-hosted portal’s REST', async ({
  page,
}) => {
  const portal = await selfHostedPortal(() => [])
  try {
    const violations = cspViolations(page)
    await page.goto(portal.portalUrl)
    await expect.poll(() => violations.join('\n')).toContain('connect-src')
    await expect(appFrame(page).getByRole('switch')).toHaveCount(0)
  } finally {
    await portal.close()
  }
})

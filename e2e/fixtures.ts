import { test as base, expect, type FrameLocator, type Page } from '@playwright/test'
import type { DeepPartial, PortalSettings } from './portal/contract.ts'
import { startLocalPortal } from './portal/start.ts'

export interface PortalOptions {
  employees?: number
  /** Seed of the data and of the fault PRNG (runs repeat for one seed). */
  seed?: number
  settings?: DeepPartial<PortalSettings>
  /** `127.0.0.1`: the app on the portal's own site, where the browser lets its frame keep data. */
  appHost?: 'localhost' | '127.0.0.1'
  /**
   * The portal over HTTPS with HTTP/2, as Bitrix24 Cloud answers (its certificate is made for the run:
   * the test needs `ignoreHTTPSErrors`). Without it, HTTP/1.1 and the browser's six connections.
   */
  https?: boolean
}

type LocalPortal = Awaited<ReturnType<typeof startLocalPortal>>

interface Fixtures {
  portalOptions: PortalOptions
  /**
   * Playwright's clock in every frame from the first load: time flows as usual until a test moves it
   * (`page.clock.fastForward`), so a wait of minutes takes none.
   */
  fakeClock: boolean
  /** A fresh local portal per test (its own ports, data and rules), hosting the built app. */
  portal: LocalPortal
  /** The portal page opened, and the app's frame inside it. */
  app: FrameLocator
  /** Every request the page made to anything but the portal and the app's own server. */
  foreignRequests: string[]
}

export const test = base.extend<Fixtures>({
  portalOptions: [{}, { option: true }],
  fakeClock: [false, { option: true }],
  portal: async ({ portalOptions }, use) => {
    const portal = await startLocalPortal({ appDir: 'dist/app', portalPort: 0, appPort: 0, ...portalOptions })
    await use(portal)
    await portal.close()
  },
  foreignRequests: async ({ page, portal }, use) => {
    const allowed = [new URL(portal.portalUrl).origin, new URL(portal.appUrl).origin]
    const foreign: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (!url.startsWith('data:') && !allowed.some((origin) => url.startsWith(origin))) foreign.push(url)
    })
    await use(foreign)
    expect(foreign, 'requests to anything but the portal and the app').toEqual([])
  },
  app: async ({ page, portal, fakeClock, foreignRequests: _ }, use) => {
    if (fakeClock) await page.clock.install()
    await page.goto(portal.portalUrl)
    await use(appFrame(page))
  },
})

export function appFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe[name*="|"]')
}

export { expect }

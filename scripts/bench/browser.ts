import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import playwrightConfig from '../../playwright.config.ts'

export const VIEWPORT = { width: 1400, height: 900 }

/**
 * Headless Chromium as the e2e suite runs it (the launch args of `playwright.config.ts`), plus
 * `--enable-precise-memory-info`: without it `performance.memory` is bucketed and the heap figure
 * would be a rounded guess. Debian's Chromium first: this project's machines cannot download browsers.
 * This Chromium build also blocks third-party cookies, and with them storage in a third-party frame,
 * which Chrome, Firefox and Safari as shipped give a frame partitioned by the top site: the app on its
 * own site inside the portal is such a frame, so the bench turns that block off to measure the reopen
 * the way an administrator's browser runs it.
 */
export async function launchBenchBrowser(): Promise<Browser> {
  // As in playwright.config.ts: CHROMIUM_PATH first, then Debian's Chromium, else Playwright's own.
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  const args = playwrightConfig.use?.launchOptions?.args ?? []
  return chromium.launch({
    headless: true,
    ...(executablePath ? { executablePath } : {}),
    args: [...args, '--enable-precise-memory-info', '--disable-features=TrackingProtection3pcd'],
  })
}

/**
 * A fresh context (no cache, no storage) and page per measurement. The `__name` shim: tsx compiles
 * this runner with esbuild's keepNames, which wraps functions in `__name(…)` calls; the functions the
 * runner sends into the page need that helper to exist there.
 */
export async function openBenchPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  // The bench portal's certificate is made for the run (startLocalPortal's `https`).
  const context = await browser.newContext({ viewport: VIEWPORT, ignoreHTTPSErrors: true })
  return { context, page: await newBenchPage(context) }
}

/** Another page in the same context (its storage kept), with the same shim. */
export async function newBenchPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.addInitScript({ content: 'globalThis.__name ??= (target) => target' })
  return page
}

/**
 * Chrome's CPU throttling (CDP `Emulation.setCPUThrottlingRate`): `rate` 4 runs every script four times
 * slower, as on a slow office laptop. The portal page is throttled at once; the app's frame lives on
 * another site, so in its own renderer process, and is throttled the moment its document commits,
 * before its scripts run. A frame sharing the page's process is throttled with the page.
 */
export async function throttleCpu(page: Page, appOrigin: string, rate: number): Promise<void> {
  const session = await page.context().newCDPSession(page)
  await session.send('Emulation.setCPUThrottlingRate', { rate })
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() || !frame.url().startsWith(appOrigin)) return
    page
      .context()
      .newCDPSession(frame)
      .then((frameSession) => frameSession.send('Emulation.setCPUThrottlingRate', { rate }))
      .catch(() => undefined) // not a process of its own: the page's throttling covers it
  })
}

import type { Browser, BrowserContext, Page } from '@playwright/test'
import { APP_FRAME, fullStatusPattern, SEARCH_LABEL, TABLE_LABEL } from './app-text.ts'
import { frameStart, pollFrame, waitForAppFrame, waitForFirstRows, waitForLoadStamps } from './app-frame.ts'
import {
  countRequests,
  lastLoadedEmployee,
  readSeeded,
  startBenchPortal,
  type BenchConditions,
  type SeededPortal,
} from './bench-portal.ts'
import { newBenchPage, openBenchPage, throttleCpu } from './browser.ts'
import { installHitProbe, installLoadProbe, waitForQuiet } from './page-probes.ts'
import type { LocalPortal } from '../../e2e/portal/start.ts'
import { sleep, withTimeout } from './timeout.ts'

export interface OpenRunOptions {
  employees: number
  conditions: BenchConditions
  appDir: string
}

export interface SearchHitMeasurement {
  /** The employee looked for: of those with a plain name and a SIP login, the one the list loads last. */
  name: string
  login: string
  /** From the app frame's navigation start until the name was in the search box. */
  typedMs: number
  /** From the app frame's navigation start until their row showed the SIP login. */
  hitMs: number
  /** Whether the whole list was in when the row showed (if so, the search did not beat the list). */
  listWhole: boolean
  /** REST requests until the row showed. */
  requests: number
}

export interface ReopenMeasurement {
  /** The second open in the same browser profile: from its frame's navigation start. */
  firstRowsMs: number
  fullMs: number
  /** REST requests of the second open until its table was complete. */
  requests: number
}

const LOAD_TIMEOUT_MS = (employees: number) => 20_000 + 2 * employees

/**
 * One more open of the app on a fresh portal (a used one's request bucket is no longer empty) with the
 * CPU `cpuSlowdown` times slower: its first rows, from the app frame's navigation start. A single open
 * on a slowed CPU varies by a few hundred ms here, so the slow-CPU figure is the median of several.
 */
export async function measureFirstRows(
  browser: Browser,
  options: OpenRunOptions & { cpuSlowdown: number },
): Promise<number> {
  return withPortal(browser, options, async (portal, page, seeded) => {
    const appOrigin = new URL(portal.appUrl).origin
    await throttleCpu(page, appOrigin, options.cpuSlowdown)
    const fullStatus = fullStatusPattern(seeded.employees).source
    await page.addInitScript(installLoadProbe, { appOrigin, tableLabel: TABLE_LABEL, fullStatus })
    const deadline = Date.now() + options.cpuSlowdown * LOAD_TIMEOUT_MS(0)
    await page.goto(portal.portalUrl, { waitUntil: 'commit' })
    const frame = await waitForAppFrame(page, appOrigin, deadline)
    const start = await frameStart(frame, deadline)
    return (await waitForFirstRows(frame, deadline)) - start
  })
}

/**
 * The app on a fresh portal, a person typing the name of the employee the list loads last as soon as
 * the search box takes input: how long until that row shows their SIP login.
 */
export async function measureSearchHit(
  browser: Browser,
  options: OpenRunOptions,
): Promise<SearchHitMeasurement> {
  return withPortal(browser, options, async (portal, page, seeded) => {
    const target = lastLoadedEmployee(portal.engine)
    const appOrigin = new URL(portal.appUrl).origin
    await page.addInitScript(installHitProbe, {
      appOrigin,
      tableLabel: TABLE_LABEL,
      fullStatus: fullStatusPattern(seeded.employees).source,
      text: target.login,
    })
    const deadline = Date.now() + LOAD_TIMEOUT_MS(seeded.employees)
    await page.goto(portal.portalUrl, { waitUntil: 'commit' })
    const frame = await waitForAppFrame(page, appOrigin, deadline)
    const start = await frameStart(frame, deadline)
    const box = page.frameLocator(APP_FRAME).getByRole('searchbox', { name: SEARCH_LABEL })
    await box.fill(target.name, { timeout: LOAD_TIMEOUT_MS(seeded.employees) })
    const typedAt = Date.now()
    const hit = await pollFrame(frame, () => window.__benchHit ?? null, deadline, 20)
    if (!hit) throw new Error(`no row showed ${target.name}'s SIP login in time`)
    return {
      name: target.name,
      login: target.login,
      typedMs: typedAt - start,
      hitMs: hit.at - start,
      listWhole: hit.whole,
      requests: countRequests(portal.engine.log, hit.at).requests,
    }
  })
}

/**
 * The app opened, loaded whole and closed; then opened again in the same browser profile, as an
 * administrator coming back the next day would: how soon the second open shows rows, and the whole table.
 */
export async function measureReopen(browser: Browser, options: OpenRunOptions): Promise<ReopenMeasurement> {
  return withPortal(browser, options, async (portal, first, seeded) => {
    const appOrigin = new URL(portal.appUrl).origin
    const probe = {
      appOrigin,
      tableLabel: TABLE_LABEL,
      fullStatus: fullStatusPattern(seeded.employees).source,
    }
    const open = async (page: Page) => {
      await page.addInitScript(installLoadProbe, probe)
      const deadline = Date.now() + LOAD_TIMEOUT_MS(seeded.employees)
      await page.goto(portal.portalUrl, { waitUntil: 'commit' })
      const frame = await waitForAppFrame(page, appOrigin, deadline)
      const start = await frameStart(frame, deadline)
      const stamps = await waitForLoadStamps(frame, deadline, seeded.employees)
      return { frame, start, stamps }
    }
    const opened = await open(first)
    // What the app keeps for the next open is written after the load settles.
    await withTimeout(
      opened.frame.evaluate(waitForQuiet, { quietMs: 1_000, maxMs: 10_000 }),
      15_000,
      'waiting for quiet',
    )
    await sleep(2_000)
    await first.close()
    portal.engine.clearLog()
    const again = await open(await newBenchPage(first.context()))
    return {
      firstRowsMs: again.stamps.firstRowsAt - again.start,
      fullMs: again.stamps.fullAt - again.start,
      requests: countRequests(portal.engine.log, again.stamps.fullAt).requests,
    }
  })
}

async function withPortal<T>(
  browser: Browser,
  options: OpenRunOptions,
  work: (portal: LocalPortal, page: Page, seeded: SeededPortal) => Promise<T>,
): Promise<T> {
  const portal = await startBenchPortal(options.employees, options.conditions, options.appDir)
  let context: BrowserContext | undefined
  try {
    const opened = await openBenchPage(browser)
    context = opened.context
    const seeded = readSeeded(portal)
    return await work(portal, opened.page, seeded)
  } finally {
    await context?.close().catch(() => undefined)
    await withTimeout(portal.close(), 10_000, 'closing the portal').catch((error: unknown) => {
      console.error(String(error))
    })
  }
}

import type { Browser, BrowserContext } from '@playwright/test'
import { startBenchPortal, readSeeded, type BenchConditions } from './bench-portal.ts'
import { openBenchPage } from './browser.ts'

export interface BulkMeasurement {
  /** Phones in the change: every active employee of the portal, all switched on. */
  phones: number
  /** From the confirming click to the results on screen (the read-back of every employee included). */
  ms: number
  requests: number
  limited: number
  done: number
}

/** 520 seeded employees: about 500 active ones, the README's target of about 500 phones switched. */
export const BULK_EMPLOYEES = 520
const TIMEOUT_MS = 120_000

/** A bulk "switch on" of every employee, driven as a person would through the screen. */
export async function measureBulk(
  browser: Browser,
  options: { conditions: BenchConditions; appDir: string },
): Promise<BulkMeasurement> {
  const portal = await startBenchPortal(BULK_EMPLOYEES, options.conditions, options.appDir)
  let context: BrowserContext | undefined
  try {
    const opened = await openBenchPage(browser)
    context = opened.context
    const phones = readSeeded(portal).employees
    await opened.page.goto(portal.portalUrl)
    const app = opened.page.frameLocator('iframe[name*="|"]')
    const n = phones.toLocaleString('en-US')
    await app
      .getByRole('checkbox', { name: `Select all ${n} matching employees` })
      .check({ timeout: TIMEOUT_MS })
    // The bar's button is enabled once the SIP settings are in: the click waits for that.
    await app
      .getByRole('region', { name: `${n} selected` })
      .getByRole('button', { name: 'Switch on' })
      .click({ timeout: TIMEOUT_MS })
    const dialog = app.getByRole('dialog')
    const before = portal.engine.log.at(-1)?.seq ?? 0
    const started = Date.now()
    await dialog.getByRole('button', { name: 'Switch on' }).click()
    // The results' summary: "501 SIP phones switched on", then any other counts ("· Failed: 2").
    const summary = dialog.getByRole('status').filter({ hasText: /SIP phones? switched on/ })
    await summary.waitFor({ timeout: TIMEOUT_MS })
    const ms = Date.now() - started
    const done = Number(
      ((await summary.textContent()) ?? '')
        .match(/^([\d,]+) SIP phones? switched on/)?.[1]
        ?.replace(/,/g, '') ?? 0,
    )
    const entries = portal.engine.log.filter((entry) => entry.seq > before)
    return {
      phones,
      ms,
      requests: entries.length,
      limited: entries.filter((entry) => entry.status === 503).length,
      done,
    }
  } finally {
    await context?.close()
    await portal.close()
  }
}

/** The bulk target: every phone done, nothing refused by the bucket, within the time. */
export function bulkVerdict(bulk: BulkMeasurement, maxMs: number): { met: boolean; actual: string } {
  const met = bulk.phones >= 500 && bulk.done === bulk.phones && bulk.limited === 0 && bulk.ms <= maxMs
  return {
    met,
    actual: `${bulk.phones} phones, ${bulk.done} done, ${bulk.ms.toLocaleString('en-US')} ms, ${bulk.requests} requests, ${bulk.limited} answered 503`,
  }
}

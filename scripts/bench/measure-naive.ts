import type { Browser, BrowserContext } from '@playwright/test'
import { frameStart, pollFrame, waitForAppFrame } from './app-frame.ts'
import { countRequests, readSeeded, startBenchPortal, type BenchConditions } from './bench-portal.ts'
import { openBenchPage } from './browser.ts'
import type { NaiveProgress, NaiveResult } from './naive/naive-result.ts'
import { withTimeout } from './timeout.ts'

export interface NaiveMeasurement {
  /** Active employees the portal holds. */
  employees: number
  /** Employees the naive loader had read when it finished or was stopped. */
  loaded: number
  requests: number
  limited: number
  firstRowsMs: number | null
  /** Null when it was stopped at `limitMs` (the table would have taken longer than that). */
  fullMs: number | null
  limitMs: number
  error?: string
}

export interface NaiveRunOptions {
  employees: number
  conditions: BenchConditions
  /** The built naive page (`dist/bench-naive`), served as the app. */
  naiveDir: string
  /** The naive loader at 20,000 employees needs minutes under the standard plan's bucket: it is stopped. */
  limitMs: number
}

/** The naive baseline on its own fresh portal with the same rules; its own timestamps, the same zero. */
export async function measureNaive(browser: Browser, options: NaiveRunOptions): Promise<NaiveMeasurement> {
  const portal = await startBenchPortal(options.employees, options.conditions, options.naiveDir)
  let context: BrowserContext | undefined
  try {
    const opened = await openBenchPage(browser)
    context = opened.context
    const { page } = opened
    const seeded = readSeeded(portal)
    const appOrigin = new URL(portal.appUrl).origin
    await page.goto(portal.portalUrl, { waitUntil: 'domcontentloaded', timeout: 20_000 })
    const frame = await waitForAppFrame(page, appOrigin, Date.now() + 20_000)
    const start = await frameStart(frame, Date.now() + 20_000)
    const deadline = start + options.limitMs
    const result = await pollFrame(frame, (): NaiveResult | null => window.naiveResult ?? null, deadline, 250)
    if (result) {
      if (!Number.isFinite(result.fullAt))
        throw new Error(
          `${options.naiveDir} is stale: rebuild it (vite build --config scripts/bench/vite.naive.config.ts)`,
        )
      const counted = countRequests(portal.engine.log, result.fullAt)
      return {
        employees: seeded.employees,
        loaded: result.employees,
        ...counted,
        firstRowsMs: result.firstRowsAt === null ? null : result.firstRowsAt - start,
        fullMs: result.fullAt - start,
        limitMs: options.limitMs,
        ...(result.error === undefined ? {} : { error: result.error }),
      }
    }
    // Stopped: what it had done by the limit, every request so far counted.
    const progress = await withTimeout(
      frame.evaluate((): NaiveProgress | null => window.naiveProgress ?? null),
      5_000,
      'reading the naive page',
    ).catch(() => null)
    return {
      employees: seeded.employees,
      loaded: progress?.employees ?? 0,
      ...countRequests(portal.engine.log, Date.now()),
      firstRowsMs: progress?.firstRowsAt ? progress.firstRowsAt - start : null,
      fullMs: null,
      limitMs: options.limitMs,
    }
  } finally {
    await context?.close().catch(() => undefined)
    await withTimeout(portal.close(), 10_000, 'closing the portal').catch((error: unknown) => {
      console.error(String(error))
    })
  }
}

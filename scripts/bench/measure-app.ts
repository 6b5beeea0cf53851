import type { Browser, BrowserContext, ElementHandle } from '@playwright/test'
import { APP_FRAME, fullStatusPattern, SEARCH_LABEL, TABLE_LABEL } from './app-text.ts'
import { frameStart, navigationStart, waitForAppFrame, waitForLoadStamps } from './app-frame.ts'
import { countRequests, readSeeded, startBenchPortal, type BenchConditions } from './bench-portal.ts'
import { openBenchPage, throttleCpu } from './browser.ts'
import {
  clearSearch,
  installLoadProbe,
  scrollAndWatch,
  typeAndTime,
  usedHeapBytes,
  waitForQuiet,
  type SearchKeystroke,
} from './page-probes.ts'
import { tallyImages } from './image-bytes.ts'
import { median } from './stats.ts'
import { withTimeout } from './timeout.ts'

export interface AppMeasurement {
  employees: number
  /** REST requests the portal logged from page load until the table was complete. */
  requests: number
  /** Of those, answered 503 QUERY_LIMIT_EXCEEDED. */
  limited: number
  firstRowsMs: number
  fullMs: number
  /** Over every run: the worst keystroke and the median; `runs` each run's own; `keystrokes` the first run's. */
  search: {
    medianMs: number | null
    worstMs: number | null
    keystrokes: SearchKeystroke[]
    runs: Array<{ worstMs: number | null; medianMs: number | null }>
  }
  /** From the portal page's navigation start to the app frame's: the portal's part, not in the figures. */
  frameOpenedMs: number
  /** Photos fetched from page load until scrolling starts (the first screen), body bytes. */
  images: { bytes: number; count: number }
  longestLongTaskMs: number
  longTasks: number
  longTaskSources: Record<string, number>
  scrolledPx: number
  /** How long after the full table the frame went 1 s without a long task (scrolling starts then). */
  quiet: { waitedMs: number; settled: boolean }
  /** The same wait after scrolling, before the first keystroke. */
  quietBeforeSearch: { waitedMs: number; settled: boolean }
  heapMb: number | null
}

export interface AppRunOptions {
  employees: number
  conditions: BenchConditions
  appDir: string
  /** Chrome's CPU throttling rate (4 = four times slower); 1 or absent: the machine's own speed. */
  cpuSlowdown?: number
  /** The same name typed this many times, from a cleared box and a quiet frame each time (default 1). */
  searchRuns?: number
}

/** Generous bounds: a figure far past a target is still reported, a hang is not waited for. */
const LOAD_TIMEOUT_MS = (employees: number, slowdown = 1) => slowdown * (20_000 + 2 * employees)
const CHECK_TIMEOUT_MS = 5_000
const SCROLL = { steps: 40, stepPx: 800, settleMs: 100 }
const QUIET = { quietMs: 1_000, maxMs: 10_000 }
const SEARCH = { wanted: 7, maxKeystrokes: 12, timeoutMs: 1_500 }

/** The app on a fresh portal: load, heap, scrolling, search. */
export async function measureApp(browser: Browser, options: AppRunOptions): Promise<AppMeasurement> {
  const portal = await startBenchPortal(options.employees, options.conditions, options.appDir)
  let context: BrowserContext | undefined
  try {
    const opened = await openBenchPage(browser)
    context = opened.context
    const { page } = opened
    const images = tallyImages(context)
    const seeded = readSeeded(portal)
    const appOrigin = new URL(portal.appUrl).origin
    const fullStatus = fullStatusPattern(seeded.employees)
    const slowdown = options.cpuSlowdown ?? 1
    if (slowdown > 1) await throttleCpu(page, appOrigin, slowdown)
    await page.addInitScript(installLoadProbe, {
      appOrigin,
      tableLabel: TABLE_LABEL,
      fullStatus: fullStatus.source,
    })
    const deadline = Date.now() + LOAD_TIMEOUT_MS(seeded.employees, slowdown)
    await page.goto(portal.portalUrl, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS(0) })
    const pageStart = await navigationStart(page)
    const frame = await waitForAppFrame(page, appOrigin, deadline)
    const start = await frameStart(frame, deadline)
    const stamps = await waitForLoadStamps(frame, deadline, seeded.employees)
    const { requests, limited } = countRequests(portal.engine.log, stamps.fullAt)

    // The same state through the accessibility tree, as a person would find it: if the in-page probe
    // and the roles disagree, the figures above measured the wrong thing.
    const app = page.frameLocator(APP_FRAME)
    const table = app.getByRole('table', { name: TABLE_LABEL })
    const status = app.getByRole('status').filter({ hasText: fullStatus })
    await status.waitFor({ timeout: CHECK_TIMEOUT_MS })
    await table.locator('tbody').getByRole('row').first().waitFor({ timeout: CHECK_TIMEOUT_MS })

    const heapBytes = await withTimeout(frame.evaluate(usedHeapBytes), CHECK_TIMEOUT_MS, 'reading the heap')
    const quiet = await withTimeout(
      frame.evaluate(waitForQuiet, QUIET),
      QUIET.maxMs + 5_000,
      'waiting for quiet',
    )
    const firstScreenImages = await images.stop()
    const scroll = await withTimeout(table.evaluate(scrollAndWatch, SCROLL), 30_000, 'scrolling the table')
    const box = (await app
      .getByRole('searchbox', { name: SEARCH_LABEL })
      .elementHandle({ timeout: CHECK_TIMEOUT_MS })) as ElementHandle<HTMLInputElement>
    const statusHandle = (await status.elementHandle({
      timeout: CHECK_TIMEOUT_MS,
    })) as ElementHandle<HTMLElement>
    const name = seeded.names[0]
    if (!name) throw new Error('the seeded portal has no employee names to search for')
    const runs: SearchKeystroke[][] = []
    let quietBeforeSearch: AppMeasurement['quietBeforeSearch'] | undefined
    for (let run = 0; run < (options.searchRuns ?? 1); run++) {
      if (run > 0) {
        // A cleared box shows everyone again before the next run starts.
        await box.evaluate(clearSearch)
        await status.waitFor({ timeout: CHECK_TIMEOUT_MS })
      }
      // Typing starts from a quiet frame too, as a person's would after scrolling: what the scroll left
      // behind (the last rows' photos arriving) is not booked as search time.
      const quiet = await withTimeout(
        frame.evaluate(waitForQuiet, QUIET),
        QUIET.maxMs + 5_000,
        'waiting for quiet before typing',
      )
      quietBeforeSearch ??= quiet
      runs.push(
        await withTimeout(
          box.evaluate(typeAndTime, { status: statusHandle, text: name, ...SEARCH }),
          SEARCH.maxKeystrokes * (SEARCH.timeoutMs + 1_000),
          'typing into the search box',
        ),
      )
    }
    const timedOf = (keystrokes: SearchKeystroke[]) =>
      keystrokes.flatMap((keystroke) => (keystroke.ms === null ? [] : [keystroke.ms]))
    const worstOf = (timed: number[]) => (timed.length === 0 ? null : Math.max(...timed))
    const timed = runs.flatMap(timedOf)

    return {
      employees: seeded.employees,
      requests,
      limited,
      firstRowsMs: stamps.firstRowsAt - start,
      fullMs: stamps.fullAt - start,
      search: {
        medianMs: median(timed),
        worstMs: worstOf(timed),
        keystrokes: runs[0] ?? [],
        runs: runs.map((keystrokes) => ({
          worstMs: worstOf(timedOf(keystrokes)),
          medianMs: median(timedOf(keystrokes)),
        })),
      },
      frameOpenedMs: start - pageStart,
      images: firstScreenImages,
      longestLongTaskMs: scroll.longestTaskMs,
      longTasks: scroll.longTasks,
      longTaskSources: scroll.bySource,
      scrolledPx: scroll.scrolledPx,
      quiet,
      quietBeforeSearch: quietBeforeSearch ?? { waitedMs: 0, settled: false },
      heapMb: heapBytes === null ? null : heapBytes / 1_000_000,
    }
  } finally {
    await context?.close().catch(() => undefined)
    await withTimeout(portal.close(), 10_000, 'closing the portal').catch((error: unknown) => {
      console.error(String(error))
    })
  }
}

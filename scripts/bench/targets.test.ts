import { describe, expect, test } from 'vitest'
import type { BundleSize } from './bundle-size.ts'
import type { AppMeasurement } from './measure-app.ts'
import { renderReport, searchHits } from './report.ts'
import { median } from './stats.ts'
import {
  checkHonestTargets,
  checkLoading,
  checkTargets,
  type HonestTargets,
  type Outcome,
  type Targets,
} from './targets.ts'

const targets: Targets = {
  maxRequests: 30,
  maxLimited: 0,
  maxFullMs: [
    { employees: 10_000, max: 2_000 },
    { employees: 20_000, max: 3_000 },
  ],
  search: { employees: 20_000, maxMs: 50 },
  longTask: { employees: 20_000, maxMs: 50 },
  maxFirstScreenJsKb: 230,
  maxFirstScreenCssKb: 12,
}

function app(patch: Partial<AppMeasurement> = {}): Outcome<AppMeasurement> {
  return {
    ok: true,
    value: {
      employees: 192,
      requests: 4,
      limited: 0,
      firstRowsMs: 900,
      fullMs: 1_500,
      search: {
        medianMs: 12,
        worstMs: 12,
        keystrokes: [{ value: 'A', ms: 12, shown: 170 }],
        runs: [{ worstMs: 12, medianMs: 12 }],
      },
      frameOpenedMs: 300,
      images: { bytes: 40_000, count: 12 },
      longestLongTaskMs: 0,
      longTasks: 0,
      longTaskSources: {},
      scrolledPx: 10_000,
      quiet: { waitedMs: 1_100, settled: true },
      quietBeforeSearch: { waitedMs: 1_000, settled: true },
      heapMb: 17.2,
      ...patch,
    },
  }
}

const bundle = (jsGzipBytes: number): Outcome<BundleSize> => ({
  ok: true,
  value: { js: [], css: [], lazy: [], jsGzipBytes, cssGzipBytes: 11_000 },
})

describe('checkTargets', () => {
  test('a size not run is not checked; one that failed misses its targets', () => {
    const checks = checkTargets(
      new Map([
        [200, app()],
        [20_000, { ok: false, error: 'timed out' }],
      ]),
      bundle(225_300),
      targets,
    )
    // full 10,000 (not run), full 20,000, requests and 503s at 200 and 20,000, search, long task, JS, CSS
    expect(checks.map((check) => check.met)).toEqual([
      null,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
      true,
      true,
    ])
    expect(checks[1]?.actual).toBe('failed: timed out')
  })

  test('each limit is inclusive and a miss says what was measured', () => {
    const checks = checkTargets(
      new Map([
        [
          20_000,
          app({
            requests: 31,
            limited: 1,
            longestLongTaskMs: 50,
            fullMs: 3_000,
            search: { medianMs: 10, worstMs: 50.5, keystrokes: [], runs: [] },
          }),
        ],
      ]),
      bundle(230_001),
      targets,
    )
    const missed = checks.filter((check) => check.met === false).map((check) => check.actual)
    expect(missed).toEqual(['31', '1', '50.5 ms', '230.0 KB'])
    expect(checks.find((check) => check.target.includes('at 10,000'))?.met).toBeNull()
  })

  test('no keystroke that changed the list is a miss, not 0 ms', () => {
    const checks = checkTargets(
      new Map([[20_000, app({ search: { medianMs: null, worstMs: null, keystrokes: [], runs: [] } })]]),
      bundle(1),
      targets,
    )
    expect(checks.find((check) => check.target.includes('keystroke'))).toMatchObject({ met: false })
  })
})

describe('checkHonestTargets', () => {
  const honest: HonestTargets = {
    maxFullMs: [
      { employees: 10_000, max: 4_000 },
      { employees: 20_000, max: 6_000 },
    ],
    search: { employees: 20_000, maxMs: 50 },
    searchHit: { sizes: [10_000, 20_000], maxMs: 1_500 },
    reopenFirstRowsMs: 500,
    slowCpuFirstRowsMs: 1_500,
  }
  const searchHit = (hitMs: number) => ({
    name: 'A B',
    login: 'l',
    typedMs: 500,
    hitMs,
    listWhole: false,
    requests: 5,
  })
  /** The search hit of each open at a size, in ms. */
  const hits = (...hitMs: number[]) => ({ ok: true as const, value: hitMs.map(searchHit) })
  /** The first rows of each reopen at a size, in ms. */
  const reopens = (...firstRowsMs: number[]) => ({
    ok: true as const,
    value: firstRowsMs.map((ms) => ({ firstRowsMs: ms, fullMs: 3_000, requests: 25 })),
  })
  /** The honest checks of the results given, nothing else measured, the CPU 4× slower. */
  const honestChecks = (results: Partial<Parameters<typeof checkHonestTargets>[0]>) =>
    checkHonestTargets(
      {
        apps: new Map(),
        hits: new Map(),
        reopens: new Map(),
        slowFirstRows: new Map(),
        cpuSlowdown: 4,
        ...results,
      },
      honest,
      'honest model',
    )

  test('each limit inclusive, a miss says what was measured, a size not run is not checked', () => {
    const checks = honestChecks({
      apps: new Map([[20_000, app({ fullMs: 6_000 })]]),
      hits: new Map([[20_000, hits(1_400, 1_501, 1_520)]]),
      reopens: new Map([[20_000, reopens(450, 900, 500)]]),
      slowFirstRows: new Map([[20_000, { ok: true as const, value: [1_450, 1_700, 1_600] }]]),
    })
    const verdict = (text: string) => checks.find((check) => check.target.includes(text))
    expect(verdict('full table ≤ 6,000 ms at 20,000')).toMatchObject({ met: true, actual: '6,000 ms' })
    expect(verdict('full table ≤ 4,000 ms at 10,000')?.met).toBeNull()
    expect(verdict('SIP login ≤ 1,500 ms at 20,000')).toMatchObject({
      met: false,
      actual: 'median 1,501 ms of 3 (worst 1,520 ms)',
    })
    // The median, with the worst beside it: one slow open neither hides nor fails the figure.
    expect(verdict('reopen: first rows ≤ 500 ms')).toMatchObject({
      met: true,
      actual: 'median 500 ms of 3 (worst 900 ms)',
    })
    expect(verdict('CPU 4× slower')).toMatchObject({
      met: false,
      actual: 'median 1,600 ms of 3 (worst 1,700 ms)',
    })
  })

  test('the worst keystroke at 20,000 is checked under this model too, named by it', () => {
    const worst = (worstMs: number) =>
      app({ search: { medianMs: 20, worstMs, keystrokes: [], runs: [{ worstMs, medianMs: 20 }] } })
    const verdict = (worstMs: number) =>
      honestChecks({ apps: new Map([[20_000, worst(worstMs)]]) }).find((check) =>
        check.target.startsWith('every search keystroke ≤ 50 ms at 20,000'),
      )
    expect(verdict(50)).toMatchObject({
      target: 'every search keystroke ≤ 50 ms at 20,000 (the worst) (honest model)',
      met: true,
      actual: '50.0 ms',
    })
    expect(verdict(52)).toMatchObject({ met: false, actual: '52.0 ms' })
  })

  test('the slower CPU target holds for the median of the opens', () => {
    const checks = honestChecks({
      apps: new Map([[2_000, app()]]),
      slowFirstRows: new Map([[2_000, { ok: true as const, value: [1_400, 2_300, 1_500] }]]),
    })
    expect(checks.find((check) => check.target.includes('CPU 4× slower'))).toMatchObject({
      met: true,
      actual: 'median 1,500 ms of 3 (worst 2,300 ms)',
    })
  })

  test('the search hit target holds for the median of the opens, the worst shown beside it', () => {
    const checks = honestChecks({
      apps: new Map([[10_000, app()]]),
      hits: new Map([[10_000, hits(2_300, 1_200, 1_500)]]),
    })
    expect(checks.find((check) => check.target.includes('SIP login ≤ 1,500 ms at 10,000'))).toMatchObject({
      met: true,
      actual: 'median 1,500 ms of 3 (worst 2,300 ms)',
    })
  })

  test('a failed measurement misses its target', () => {
    const checks = honestChecks({
      apps: new Map([[10_000, app()]]),
      hits: new Map([[10_000, { ok: false as const, error: 'no row' }]]),
      reopens: new Map([[10_000, { ok: false as const, error: 'hung' }]]),
    })
    expect(checks.filter((check) => check.met === false).map((check) => check.actual)).toEqual([
      'failed: no row',
      'failed: hung',
    ])
  })

  test('one failed search-hit open misses the target, however quick the others were', () => {
    const quick = (hitMs: number) => ({ ok: true as const, value: searchHit(hitMs) })
    const opens = searchHits({
      size: 10_000,
      app: app(),
      hits: [quick(400), { ok: false, error: 'no row showed it in time' }, quick(450)],
    })
    const checks = honestChecks({
      apps: new Map([[10_000, app()]]),
      hits: new Map([[10_000, opens]]),
    })
    expect(checks.find((check) => check.target.includes('SIP login ≤ 1,500 ms at 10,000'))).toMatchObject({
      met: false,
      actual: 'failed: no row showed it in time',
    })
  })
})

describe('renderReport', () => {
  test('a naive loader stopped at its limit gives lower bounds, never a made-up time', () => {
    const markdown = renderReport({
      startedAt: new Date(0),
      environment: 'test',
      conditions: 'test',
      runs: [
        {
          title: "today's model",
          latency: '120 ms a request + 6 ms a command',
          results: [
            {
              size: 20_000,
              app: app({ requests: 12, fullMs: 6_000 }),
              naive: {
                ok: true,
                value: {
                  employees: 19_300,
                  loaded: 5_000,
                  requests: 200,
                  limited: 0,
                  firstRowsMs: 800,
                  fullMs: null,
                  limitMs: 60_000,
                },
              },
            },
          ],
        },
      ],
      bundle: bundle(1_000),
    })
    expect(markdown).toContain("## today's model: 120 ms a request + 6 ms a command")
    expect(markdown).toContain('| 20,000 (192) | 12 | 0 | 900 | 6,000 | 12.0 | 12.0 | 0 | 40.0 (12) |')
    expect(markdown).toContain('| ≥ 200 | 0 | > 60,000 (stopped) | ≥ 16.7× | ≥ 10.0× |')
    expect(markdown).toContain('stopped at the 60,000 ms limit with 5,000 of 19,300 employees read')
    expect(markdown).not.toContain('## Targets')
  })
})

test('median', () => {
  expect(median([])).toBeNull()
  expect(median([3, 1, 2])).toBe(2)
  expect(median([4, 1, 2, 3])).toBe(2.5)
})

test('checkLoading names the latency model it checked', () => {
  const checks = checkLoading(new Map([[200, app({ limited: 2 })]]), targets, 'honest model')
  expect(checks.map((check) => [check.target, check.met])).toEqual([
    ['≤ 30 REST requests loading 200 (honest model)', true],
    ['≤ 0 answers 503 while loading 200 (honest model)', false],
  ])
})

import { describe, expect, test } from 'vitest'
import type { BundleSize } from './bundle-size.ts'
import type { AppMeasurement } from './measure-app.ts'
import { renderReport } from './report.ts'
import { median } from './stats.ts'
import { checkTargets, type Outcome, type Targets } from './targets.ts'

const targets: Targets = {
  maxRequests: [
    { employees: 200, max: 4 },
    { employees: 20_000, max: 14 },
  ],
  maxLimited: 0,
  search: { employees: 20_000, maxMs: 50 },
  longTask: { employees: 20_000, maxMs: 50 },
  maxFirstScreenJsKb: 230,
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
      search: { medianMs: 12, keystrokes: [{ value: 'A', ms: 12, shown: 170 }] },
      longestLongTaskMs: 0,
      longTasks: 0,
      longTaskSources: {},
      scrolledPx: 10_000,
      quiet: { waitedMs: 1_100, settled: true },
      heapMb: 17.2,
      ...patch,
    },
  }
}

const bundle = (jsGzipBytes: number): Outcome<BundleSize> => ({
  ok: true,
  value: { js: [], css: [], lazy: [], jsGzipBytes, cssGzipBytes: 0 },
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
    expect(checks.map((check) => check.met)).toEqual([true, false, true, false, false, false, true])
    expect(checks[1]?.actual).toBe('failed: timed out')
  })

  test('each limit is inclusive and a miss says what was measured', () => {
    const checks = checkTargets(
      new Map([[20_000, app({ requests: 15, limited: 1, longestLongTaskMs: 50 })]]),
      bundle(230_001),
      targets,
    )
    const missed = checks.filter((check) => check.met === false).map((check) => check.actual)
    expect(missed).toEqual(['15', '1', '230.0 KB'])
    expect(checks.find((check) => check.target.startsWith('≤ 4'))?.met).toBeNull()
  })

  test('no keystroke that changed the list is a miss, not 0 ms', () => {
    const checks = checkTargets(
      new Map([[20_000, app({ search: { medianMs: null, keystrokes: [] } })]]),
      bundle(1),
      targets,
    )
    expect(checks.find((check) => check.target.startsWith('search'))).toMatchObject({ met: false })
  })
})

describe('renderReport', () => {
  test('a naive loader stopped at its limit gives lower bounds, never a made-up time', () => {
    const markdown = renderReport({
      startedAt: new Date(0),
      environment: 'test',
      conditions: 'test',
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
      bundle: bundle(1_000),
    })
    expect(markdown).toContain('| 20,000 (192) | 12 | 0 |')
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

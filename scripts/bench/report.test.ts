import { describe, expect, test } from 'vitest'
import type { AppMeasurement } from './measure-app.ts'
import type { SearchHitMeasurement } from './measure-open.ts'
import { renderReport, type ModelRun, type SizeResult } from './report.ts'

const app = (firstRowsMs: number, worstMs: number): AppMeasurement => ({
  employees: 192,
  requests: 6,
  limited: 0,
  firstRowsMs,
  fullMs: firstRowsMs + 500,
  search: { medianMs: worstMs / 2, worstMs, keystrokes: [], runs: [{ worstMs, medianMs: worstMs / 2 }] },
  frameOpenedMs: 300,
  images: { bytes: 10_000, count: 2 },
  longestLongTaskMs: 0,
  longTasks: 0,
  longTaskSources: {},
  scrolledPx: 1000,
  quiet: { waitedMs: 1000, settled: true },
  quietBeforeSearch: { waitedMs: 1000, settled: true },
  heapMb: 10,
})

const report = (run: ModelRun) =>
  renderReport({
    startedAt: new Date(0),
    environment: 'test',
    conditions: 'test',
    runs: [run],
    bundle: { ok: false, error: 'not built' },
  })

/** One open's search hit for Zoe Young at 20,000. */
const hit = (
  typedMs: number,
  hitMs: number,
  patch: Partial<SearchHitMeasurement> = {},
): { ok: true; value: SearchHitMeasurement } => ({
  ok: true,
  value: { name: 'Zoe Young', login: 'sip-19990', typedMs, hitMs, listWhole: false, requests: 9, ...patch },
})

/** One size under a 4× slower CPU: the app at 700 ms, and what the slowed opens gave. */
/** The honest model's run of one size, 200, its app measured; `extra`: what else was. */
const reportAt200 = (extra: Omit<SizeResult, 'size' | 'app'>) =>
  report({
    title: 'honest model',
    latency: '120 ms a request',
    cpuSlowdown: 4,
    results: [{ size: 200, app: { ok: true, value: app(700, 40) }, ...extra }],
  })

describe('renderReport', () => {
  test('the slower CPU figures are columns of their own: the median first rows of every open and the worst keystroke', () => {
    const markdown = reportAt200({
      slowCpu: { ok: true, value: app(2_900, 161.5) },
      moreSlowOpens: [
        { ok: true, value: 1_800 },
        { ok: true, value: 2_100 },
      ],
    })
    expect(markdown).toContain('First rows, 4× slower CPU, median (ms)')
    expect(markdown).toContain('Search, worst keystroke, 4× slower CPU (ms)')
    expect(markdown).toMatch(/\| 700 \|.*\| 2,100 \| 161\.5 \|/)
    expect(markdown).toContain(
      '4× slower CPU: first rows in 3 open(s), each on a fresh portal: 2,900, 1,800, 2,100 ms (median 2,100, worst 2,900)',
    )
  })

  test('without slower-CPU runs there are no such columns; a failed one says so', () => {
    const plain = report({
      title: 'today',
      latency: '120 ms a request',
      results: [{ size: 200, app: { ok: true, value: app(700, 40) } }],
    })
    expect(plain).not.toContain('slower CPU')
    const failed = reportAt200({ slowCpu: { ok: false, error: 'hung' } })
    expect(failed).toContain('4× slower CPU: an open failed: hung')
    const oneFailed = reportAt200({
      slowCpu: { ok: true, value: app(1_400, 150) },
      moreSlowOpens: [{ ok: false, error: 'no row' }],
    })
    // One failed open fails the figure: the median of the others would be kinder than what was seen.
    expect(oneFailed).toMatch(/\| failed \| 150\.0 \|/)
    expect(oneFailed).toContain('4× slower CPU: an open failed: no row')
  })

  test('the search hit (the median of its opens) and the reopen are columns of their own, every open in the details', () => {
    const markdown = report({
      title: 'honest model',
      latency: '120 ms a request',
      results: [
        {
          size: 20_000,
          app: {
            ok: true,
            value: {
              ...app(700, 40),
              search: {
                medianMs: 20,
                worstMs: 44,
                keystrokes: [],
                runs: [31, 44, 28, 30, 29].map((worstMs) => ({ worstMs, medianMs: 20 })),
              },
            },
          },
          // The median neither the first open's nor the worst: the cell must be the median.
          hits: [
            hit(480, 1_010, { requests: 6 }),
            hit(900, 1_980, { listWhole: true, requests: 27 }),
            hit(610, 1_240),
          ],
          // Medians again, of each column alone: first rows 320 (not the worst, 610), full 4,100.
          reopens: [
            { ok: true, value: { firstRowsMs: 320, fullMs: 4_300, requests: 27 } },
            { ok: true, value: { firstRowsMs: 610, fullMs: 3_900, requests: 27 } },
            { ok: true, value: { firstRowsMs: 280, fullMs: 4_100, requests: 26 } },
          ],
        },
      ],
    })
    expect(markdown).toContain('Search hit with SIP login (ms)')
    expect(markdown).toMatch(/\| 1,240 \| 320 \| 4,100 \|/)
    expect(markdown).toContain(
      '20,000, search hit: the row of "Zoe Young" with SIP login "sip-19990" in 3 open(s), each on a fresh portal: ' +
        'typed at 480 ms, the row at 1,010 ms (the list still loading), 6 requests by then; ' +
        'typed at 900 ms, the row at 1,980 ms (the list was whole by then), 27 requests by then; ' +
        'typed at 610 ms, the row at 1,240 ms (the list still loading), 9 requests by then ' +
        '(median 1,240 ms, worst 1,980 ms).',
    )
    expect(markdown).toContain(
      'the worst keystroke of each of 5 runs in a row: 31.0, 44.0, 28.0, 30.0, 29.0 ms',
    )
    expect(markdown).toContain(
      '20,000, reopen in 3 open(s), each on a fresh portal: ' +
        'first rows at 320 ms, the whole table at 4,300 ms, 27 requests; ' +
        'first rows at 610 ms, the whole table at 3,900 ms, 27 requests; ' +
        'first rows at 280 ms, the whole table at 4,100 ms, 26 requests ' +
        '(first rows: median 320 ms, worst 610 ms).',
    )
  })

  test('a failed search hit or reopen says so instead of a figure', () => {
    const markdown = reportAt200({
      hits: [{ ok: false, error: 'no row' }],
      reopens: [
        { ok: true, value: { firstRowsMs: 300, fullMs: 1_000, requests: 5 } },
        { ok: false, error: 'hung' },
      ],
    })
    expect(markdown).toMatch(/\| failed \| failed \| – \|/)
    expect(markdown).toContain('search hit: an open failed: no row')
    expect(markdown).toContain('reopen: an open failed: hung')
  })

  test('one failed search-hit open fails the figure, however quick the others were', () => {
    const markdown = reportAt200({
      hits: [hit(500, 900), { ok: false, error: 'no row showed it in time' }, hit(500, 950)],
    })
    expect(markdown).toContain('Search hit with SIP login (ms)')
    expect(markdown).toMatch(/\| 10\.0 \| failed \|$/m)
    expect(markdown).toContain('200, search hit: an open failed: no row showed it in time')
    expect(markdown).not.toContain('median 900')
  })
})

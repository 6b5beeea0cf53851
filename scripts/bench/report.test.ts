import { describe, expect, test } from 'vitest'
import type { AppMeasurement } from './measure-app.ts'
import { renderReport, type ModelRun } from './report.ts'

const app = (firstRowsMs: number, worstMs: number): AppMeasurement => ({
  employees: 192,
  requests: 6,
  limited: 0,
  firstRowsMs,
  fullMs: firstRowsMs + 500,
  search: { medianMs: worstMs / 2, worstMs, keystrokes: [] },
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

describe('renderReport', () => {
  test('the slower CPU figures are columns of their own: first rows and the worst keystroke', () => {
    const markdown = report({
      title: 'honest model',
      latency: '120 ms a request',
      cpuSlowdown: 4,
      results: [
        {
          size: 200,
          app: { ok: true, value: app(700, 40) },
          slowCpu: { ok: true, value: app(2_900, 161.5) },
        },
      ],
    })
    expect(markdown).toContain('First rows, 4× slower CPU (ms)')
    expect(markdown).toContain('Search, worst keystroke, 4× slower CPU (ms)')
    expect(markdown).toMatch(/\| 700 \|.*\| 2,900 \| 161\.5 \|/)
  })

  test('without slower-CPU runs there are no such columns; a failed one says so', () => {
    const plain = report({
      title: 'today',
      latency: '120 ms a request',
      results: [{ size: 200, app: { ok: true, value: app(700, 40) } }],
    })
    expect(plain).not.toContain('slower CPU')
    const failed = report({
      title: 'today',
      latency: '120 ms a request',
      cpuSlowdown: 4,
      results: [{ size: 200, app: { ok: true, value: app(700, 40) }, slowCpu: { ok: false, error: 'hung' } }],
    })
    expect(failed).toContain("4× slower CPU: the app's run failed: hung")
  })
})

import type { BundleSize } from './bundle-size.ts'
import type { AppMeasurement } from './measure-app.ts'
import type { NaiveMeasurement } from './measure-naive.ts'
import type { ReopenMeasurement, SearchHitMeasurement } from './measure-open.ts'
import { median } from './stats.ts'
import type { Outcome, TargetCheck } from './targets.ts'

export interface SizeResult {
  /** Employees asked of the seed (the portal's active employee count is in the measurement). */
  size: number
  app: Outcome<AppMeasurement>
  /** Absent with --no-naive. */
  naive?: Outcome<NaiveMeasurement>
  /** The app again with the CPU slowed down (`cpuSlowdown` times); absent with --cpu-slowdown 1. */
  slowCpu?: Outcome<AppMeasurement>
  /** More opens on the slowed CPU (--slow-runs beyond the first): their first rows. */
  moreSlowOpens?: Array<Outcome<number>>
  /** The search hit of each open (--hit-runs), each on a fresh portal; absent with --no-hit. */
  hits?: Array<Outcome<SearchHitMeasurement>>
  /** Each second open (--reopen-runs), each on a fresh portal; absent with --no-reopen. */
  reopens?: Array<Outcome<ReopenMeasurement>>
}

/** Every size under one latency model. */
export interface ModelRun {
  title: string
  /** The model in words ("120 ms a request + …"). */
  latency: string
  results: SizeResult[]
  /** Chrome's CPU throttling rate of the `slowCpu` runs. */
  cpuSlowdown?: number
}

export interface ReportInput {
  startedAt: Date
  environment: string
  conditions: string
  runs: ModelRun[]
  bundle: Outcome<BundleSize>
  /** Absent with --no-targets. */
  checks?: TargetCheck[]
}

const int = (value: number) => Math.round(value).toLocaleString('en-US')
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')

function row(cells: string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`
}

const sources = (bySource: Record<string, number>) => {
  const parts = Object.entries(bySource).map(([source, count]) => `${count} ${source}`)
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`
}

/** naive / app, or a lower bound when the naive loader was stopped before it finished. */
function ratio(naive: number, app: number, lowerBound: boolean): string {
  if (app <= 0) return '–'
  return `${lowerBound ? '≥ ' : ''}${(naive / app).toFixed(1)}×`
}

function naiveCells(naive: SizeResult['naive'], app: AppMeasurement | undefined): string[] {
  if (!naive) return []
  if (!naive.ok) return ['failed', '–', '–', '–', '–']
  const n = naive.value
  const stopped = n.fullMs === null
  return [
    stopped ? `≥ ${int(n.requests)}` : int(n.requests),
    int(n.limited),
    stopped ? `> ${int(n.limitMs)} (stopped)` : int(n.fullMs ?? 0),
    app ? ratio(n.requests, app.requests, stopped) : '–',
    app ? ratio(n.fullMs ?? n.limitMs, app.fullMs, stopped) : '–',
  ]
}

/**
 * Every run's value, or the first failure: one failed run fails the figure rather than leaving a kinder
 * median of the others.
 */
function everyRun<T>(runs: ReadonlyArray<Outcome<T>>): Outcome<T[]> {
  const failed = runs.find((run) => !run.ok)
  if (failed && !failed.ok) return failed
  return { ok: true, value: runs.flatMap((run) => (run.ok ? [run.value] : [])) }
}

/** Every search-hit open of a size, or the first failure (as the first rows on the slowed CPU). */
export function searchHits(result: SizeResult): Outcome<SearchHitMeasurement[]> | undefined {
  return result.hits ? everyRun(result.hits) : undefined
}

const hitTimes = (hits: readonly SearchHitMeasurement[]) => hits.map((hit) => hit.hitMs)

function hitCell(result: SizeResult): string {
  const hits = searchHits(result)
  if (!hits) return '–'
  return hits.ok ? int(median(hitTimes(hits.value)) ?? Number.NaN) : 'failed'
}

function hitDetails(size: string, result: SizeResult): string[] {
  const hits = searchHits(result)
  if (!hits) return []
  if (!hits.ok) return [`- ${size}, search hit: an open failed: ${hits.error}`]
  // The portal is seeded alike every time, so every open looks for the same employee.
  const [first] = hits.value
  if (!first) return []
  const runs = hits.value.map(
    (hit) =>
      `typed at ${int(hit.typedMs)} ms, the row at ${int(hit.hitMs)} ms ` +
      `(${hit.listWhole ? 'the list was whole by then' : 'the list still loading'}), ${hit.requests} requests by then`,
  )
  const times = hitTimes(hits.value)
  return [
    `- ${size}, search hit: the row of "${first.name}" with SIP login "${first.login}" in ${runs.length} open(s), ` +
      `each on a fresh portal: ${runs.join('; ')} (median ${int(median(times) ?? Number.NaN)} ms, ` +
      `worst ${int(Math.max(...times))} ms).`,
  ]
}

/** Every reopen of a size, or the first failure (as the search hits). */
export function reopens(result: SizeResult): Outcome<ReopenMeasurement[]> | undefined {
  return result.reopens ? everyRun(result.reopens) : undefined
}

function openCells(result: SizeResult, hit: boolean, reopen: boolean): string[] {
  const cells: string[] = []
  if (hit) cells.push(hitCell(result))
  const opens = reopens(result)
  if (reopen)
    cells.push(
      ...(!opens
        ? ['–', '–']
        : opens.ok
          ? [
              int(median(opens.value.map((open) => open.firstRowsMs)) ?? Number.NaN),
              int(median(opens.value.map((open) => open.fullMs)) ?? Number.NaN),
            ]
          : ['failed', '–']),
    )
  return cells
}

function openDetails(size: string, result: SizeResult): string[] {
  const details = hitDetails(size, result)
  const opens = reopens(result)
  if (opens && !opens.ok) details.push(`- ${size}, reopen: an open failed: ${opens.error}`)
  if (opens?.ok) {
    const runs = opens.value.map(
      (open) =>
        `first rows at ${int(open.firstRowsMs)} ms, the whole table at ${int(open.fullMs)} ms, ` +
        `${open.requests} requests`,
    )
    const firstRows = opens.value.map((open) => open.firstRowsMs)
    details.push(
      `- ${size}, reopen in ${runs.length} open(s), each on a fresh portal: ${runs.join('; ')} ` +
        `(first rows: median ${int(median(firstRows) ?? Number.NaN)} ms, worst ${int(Math.max(...firstRows))} ms).`,
    )
  }
  return details
}

/** First rows of every open on the slowed CPU (the measured app's and the extra ones), or the first failure. */
export function firstRowsOnSlowCpu(result: SizeResult): Outcome<number[]> | undefined {
  if (!result.slowCpu) return undefined
  return everyRun([
    result.slowCpu.ok ? { ok: true as const, value: result.slowCpu.value.firstRowsMs } : result.slowCpu,
    ...(result.moreSlowOpens ?? []),
  ])
}

function slowCells(result: SizeResult): string[] {
  const firstRows = firstRowsOnSlowCpu(result)
  const worst = result.slowCpu?.ok ? result.slowCpu.value.search.worstMs : undefined
  return [
    firstRows?.ok ? int(median(firstRows.value) ?? Number.NaN) : 'failed',
    worst === undefined ? '–' : worst === null ? 'no change' : worst.toFixed(1),
  ]
}

function slowDetails(size: string, slow: number | undefined, result: SizeResult): string[] {
  const firstRows = firstRowsOnSlowCpu(result)
  if (!firstRows) return []
  if (!firstRows.ok) return [`- ${size}, ${slow ?? '?'}× slower CPU: an open failed: ${firstRows.error}`]
  const runs = firstRows.value
  return [
    `- ${size}, ${slow ?? '?'}× slower CPU: first rows in ${runs.length} open(s), each on a fresh portal: ` +
      `${runs.map(int).join(', ')} ms (median ${int(median(runs) ?? Number.NaN)}, worst ${int(Math.max(...runs))}).`,
  ]
}

/** The whole result as Markdown: a table per latency model, per-size details, bundle sizes and the targets. */
export function renderReport(input: ReportInput): string {
  const lines = [
    '# Benchmark',
    '',
    `${input.startedAt.toISOString()} · ${input.environment}`,
    '',
    input.conditions,
  ]
  for (const run of input.runs) lines.push('', ...renderRun(run))
  renderTail(input, lines)
  return lines.join('\n') + '\n'
}

function renderRun(run: ModelRun): string[] {
  const withNaive = run.results.some((result) => result.naive)
  const slow = run.results.some((result) => result.slowCpu) ? run.cpuSlowdown : undefined
  const hit = run.results.some((result) => result.hits)
  const reopen = run.results.some((result) => result.reopens)
  const header = [
    'Employees seeded (active)',
    'REST requests',
    '503s',
    'First rows (ms)',
    'Full table (ms)',
    'Search, worst keystroke (ms)',
    'Search, median (ms)',
    'Longest long task scrolling (ms)',
    'Photos, first screen (KB)',
    'JS heap (MB)',
    ...(hit ? ['Search hit with SIP login (ms)'] : []),
    ...(reopen ? ['Reopen: first rows, median (ms)', 'Reopen: full table, median (ms)'] : []),
    ...(slow
      ? [`First rows, ${slow}× slower CPU, median (ms)`, `Search, worst keystroke, ${slow}× slower CPU (ms)`]
      : []),
    ...(withNaive
      ? ['Naive: requests', 'Naive: 503s', 'Naive: full (ms)', 'Requests naive/app', 'Full time naive/app']
      : []),
  ]
  const lines = [
    `## ${run.title}: ${run.latency}`,
    '',
    row(header),
    `|${header.map((_, index) => (index === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
  ]
  const details: string[] = []
  for (const result of run.results) {
    const size = int(result.size)
    if (!result.app.ok) {
      lines.push(row([size, 'failed', ...header.slice(2).map(() => '–')]))
      details.push(`- ${size}: the app's run failed: ${result.app.error}`)
    } else {
      const app = result.app.value
      const ms = (value: number | null) => (value === null ? 'no change' : value.toFixed(1))
      lines.push(
        row([
          `${size} (${int(app.employees)})`,
          int(app.requests),
          int(app.limited),
          int(app.firstRowsMs),
          int(app.fullMs),
          ms(app.search.worstMs),
          ms(app.search.medianMs),
          int(app.longestLongTaskMs),
          `${(app.images.bytes / 1000).toFixed(1)} (${app.images.count})`,
          app.heapMb === null ? '–' : app.heapMb.toFixed(1),
          ...openCells(result, hit, reopen),
          ...(slow ? slowCells(result) : []),
          ...naiveCells(result.naive, app),
        ]),
      )
      const typed = app.search.keystrokes
        .map(
          (k) => `"${k.value}" ${k.ms === null ? 'unchanged' : `${k.ms.toFixed(1)} ms`} → ${k.shown ?? '?'}`,
        )
        .join(', ')
      const quiet = app.quiet.settled
        ? `quiet ${int(app.quiet.waitedMs)} ms after the full table`
        : `not quiet ${int(app.quiet.waitedMs)} ms after the full table, scrolled anyway`
      const quietTyping = app.quietBeforeSearch.settled
        ? `quiet ${int(app.quietBeforeSearch.waitedMs)} ms after scrolling`
        : `not quiet ${int(app.quietBeforeSearch.waitedMs)} ms after scrolling, typed anyway`
      details.push(
        `- ${size}: scrolling ${int(app.scrolledPx)} px (${quiet}) gave ` +
          `${app.longTasks} long task(s)${sources(app.longTaskSources)}; search (${quietTyping}) typed ${typed}.`,
      )
      if (app.search.runs.length > 1)
        details.push(
          `- ${size}: the worst keystroke of each of ${app.search.runs.length} runs in a row: ` +
            app.search.runs.map((searchRun) => ms(searchRun.worstMs)).join(', ') +
            ' ms.',
        )
    }
    details.push(...openDetails(size, result))
    details.push(...slowDetails(size, slow, result))
    if (result.naive && !result.naive.ok)
      details.push(`- ${size}, naive loader failed: ${result.naive.error}`)
    if (result.naive?.ok) {
      const n = result.naive.value
      const first = n.firstRowsMs === null ? 'no rows' : `first rows at ${int(n.firstRowsMs)} ms`
      const how =
        n.fullMs === null
          ? `stopped at the ${int(n.limitMs)} ms limit with ${int(n.loaded)} of ${int(n.employees)} employees read`
          : `read ${int(n.loaded)} of ${int(n.employees)} employees`
      details.push(`- ${size}, naive loader: ${how}, ${first}${n.error ? `; error: ${n.error}` : ''}.`)
    }
  }
  return [...lines, '', ...details]
}

function renderTail(input: ReportInput, lines: string[]): void {
  lines.push('', '## First-screen bundle (gzip -9)', '')
  if (input.bundle.ok) {
    const bundle = input.bundle.value
    const list = (assets: BundleSize['js']) =>
      assets.map((asset) => `${asset.file} ${kb(asset.gzipBytes)}`).join(', ')
    lines.push(
      `- JS: **${kb(bundle.jsGzipBytes)}** (${list(bundle.js)})`,
      `- CSS: **${kb(bundle.cssGzipBytes)}** (${list(bundle.css)})`,
      `- Loaded on first use, not counted: ${bundle.lazy.length === 0 ? 'none' : bundle.lazy.join(', ')}`,
    )
  } else lines.push(`- failed: ${input.bundle.error}`)
  if (input.checks) {
    lines.push('', '## Targets', '')
    for (const check of input.checks) {
      const mark = check.met === null ? 'not checked' : check.met ? 'met' : '**MISSED**'
      lines.push(`- ${mark}: ${check.target} (measured: ${check.actual})`)
    }
  }
}

import type { BundleSize } from './bundle-size.ts'
import type { AppMeasurement } from './measure-app.ts'

/** The app's performance budget (its values live at the top of `run.ts`). */
export interface Targets {
  /** REST requests from page load until the table is complete, at any size: loading's share of the bucket. */
  maxRequests: number
  /** 503 QUERY_LIMIT_EXCEEDED answers while loading. */
  maxLimited: number
  /** Page load to the whole table (SIP settings in), by seeded portal size, under the targets' latency model. */
  maxFullMs: ReadonlyArray<{ employees: number; max: number }>
  /** The worst keystroke, not the median. */
  search: { employees: number; maxMs: number }
  longTask: { employees: number; maxMs: number }
  /** Gzipped JS and CSS of the first screen, KB of 1,000 bytes (as Vite prints sizes). */
  maxFirstScreenJsKb: number
  maxFirstScreenCssKb: number
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string }

export interface TargetCheck {
  target: string
  /** null: the size it is about was not run, so it was not checked. */
  met: boolean | null
  actual: string
}

const n = (value: number) => value.toLocaleString('en-US')

/** Checks one set of measurements per size; a run that failed at a size misses that size's targets. */
function checker(apps: ReadonlyMap<number, Outcome<AppMeasurement>>, checks: TargetCheck[]) {
  return (target: string, size: number, measure: (app: AppMeasurement) => [boolean, string]) => {
    const outcome = apps.get(size)
    if (!outcome) checks.push({ target, met: null, actual: `not run (add ${size} to --sizes)` })
    else if (!outcome.ok) checks.push({ target, met: false, actual: `failed: ${outcome.error}` })
    else {
      const [met, actual] = measure(outcome.value)
      checks.push({ target, met, actual })
    }
  }
}

/** Every target against what was measured under the targets' latency model. */
export function checkTargets(
  apps: ReadonlyMap<number, Outcome<AppMeasurement>>,
  bundle: Outcome<BundleSize>,
  targets: Targets,
): TargetCheck[] {
  const checks: TargetCheck[] = []
  const check = checker(apps, checks)
  for (const { employees, max } of targets.maxFullMs)
    check(`full table ≤ ${n(max)} ms at ${n(employees)}`, employees, (app) => [
      app.fullMs <= max,
      `${n(Math.round(app.fullMs))} ms`,
    ])
  checks.push(...checkLoading(apps, targets, ''))
  check(
    `every search keystroke ≤ ${targets.search.maxMs} ms at ${n(targets.search.employees)} (the worst)`,
    targets.search.employees,
    (app) =>
      app.search.worstMs === null
        ? [false, 'no keystroke changed the list']
        : [app.search.worstMs <= targets.search.maxMs, `${app.search.worstMs.toFixed(1)} ms`],
  )
  check(
    `no long task > ${targets.longTask.maxMs} ms scrolling ${n(targets.longTask.employees)}`,
    targets.longTask.employees,
    (app) => [app.longestLongTaskMs <= targets.longTask.maxMs, `${Math.round(app.longestLongTaskMs)} ms`],
  )
  const size = (label: string, max: number, bytes: (value: BundleSize) => number) => {
    const target = `first-screen ${label} ≤ ${max} KB gzipped`
    if (!bundle.ok) return checks.push({ target, met: false, actual: `failed: ${bundle.error}` })
    const kb = bytes(bundle.value) / 1000
    return checks.push({ target, met: kb <= max, actual: `${kb.toFixed(1)} KB` })
  }
  size('JS', targets.maxFirstScreenJsKb, (value) => value.jsGzipBytes)
  size('CSS', targets.maxFirstScreenCssKb, (value) => value.cssGzipBytes)
  return checks
}

/** Requests and 503s while loading, at every size run; `label` names a latency model other than the targets'. */
export function checkLoading(
  apps: ReadonlyMap<number, Outcome<AppMeasurement>>,
  targets: Pick<Targets, 'maxRequests' | 'maxLimited'>,
  label: string,
): TargetCheck[] {
  const checks: TargetCheck[] = []
  const check = checker(apps, checks)
  const under = label === '' ? '' : ` (${label})`
  for (const [size] of apps) {
    check(`≤ ${targets.maxRequests} REST requests loading ${n(size)}${under}`, size, (app) => [
      app.requests <= targets.maxRequests,
      `${app.requests}`,
    ])
    check(`≤ ${targets.maxLimited} answers 503 while loading ${n(size)}${under}`, size, (app) => [
      app.limited <= targets.maxLimited,
      `${app.limited}`,
    ])
  }
  return checks
}

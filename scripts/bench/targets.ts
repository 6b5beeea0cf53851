import type { BundleSize } from './bundle-size.ts'
import type { AppMeasurement } from './measure-app.ts'

/** The app's performance budget (its values live at the top of `run.ts`). */
export interface Targets {
  /** REST requests from page load until the table is complete, by seeded portal size. */
  maxRequests: ReadonlyArray<{ employees: number; max: number }>
  /** 503 QUERY_LIMIT_EXCEEDED answers while loading. */
  maxLimited: number
  search: { employees: number; maxMs: number }
  longTask: { employees: number; maxMs: number }
  /** Gzipped JS of the first screen, KB of 1,000 bytes (as Vite prints sizes). */
  maxFirstScreenJsKb: number
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string }

export interface TargetCheck {
  target: string
  /** null: the size it is about was not run, so it was not checked. */
  met: boolean | null
  actual: string
}

/** Every target against what was measured; a run that failed at a size misses that size's targets. */
export function checkTargets(
  apps: ReadonlyMap<number, Outcome<AppMeasurement>>,
  bundle: Outcome<BundleSize>,
  targets: Targets,
): TargetCheck[] {
  const checks: TargetCheck[] = []
  const at = (employees: number) => apps.get(employees)
  const check = (target: string, size: number, measure: (app: AppMeasurement) => [boolean, string]) => {
    const outcome = at(size)
    if (!outcome) checks.push({ target, met: null, actual: `not run (add ${size} to --sizes)` })
    else if (!outcome.ok) checks.push({ target, met: false, actual: `failed: ${outcome.error}` })
    else {
      const [met, actual] = measure(outcome.value)
      checks.push({ target, met, actual })
    }
  }
  for (const { employees, max } of targets.maxRequests)
    check(`≤ ${max} REST requests for ${employees.toLocaleString('en-US')} employees`, employees, (app) => [
      app.requests <= max,
      `${app.requests}`,
    ])
  for (const [size] of apps)
    check(
      `≤ ${targets.maxLimited} answers 503 while loading ${size.toLocaleString('en-US')}`,
      size,
      (app) => [app.limited <= targets.maxLimited, `${app.limited}`],
    )
  check(
    `search ≤ ${targets.search.maxMs} ms at ${targets.search.employees.toLocaleString('en-US')}`,
    targets.search.employees,
    (app) =>
      app.search.medianMs === null
        ? [false, 'no keystroke changed the list']
        : [app.search.medianMs <= targets.search.maxMs, `${app.search.medianMs.toFixed(1)} ms`],
  )
  check(
    `no long task > ${targets.longTask.maxMs} ms scrolling ${targets.longTask.employees.toLocaleString('en-US')}`,
    targets.longTask.employees,
    (app) => [app.longestLongTaskMs <= targets.longTask.maxMs, `${Math.round(app.longestLongTaskMs)} ms`],
  )
  const jsTarget = `first-screen JS ≤ ${targets.maxFirstScreenJsKb} KB gzipped`
  if (bundle.ok) {
    const kb = bundle.value.jsGzipBytes / 1000
    checks.push({ target: jsTarget, met: kb <= targets.maxFirstScreenJsKb, actual: `${kb.toFixed(1)} KB` })
  } else checks.push({ target: jsTarget, met: false, actual: `failed: ${bundle.error}` })
  return checks
}

/** What the naive baseline page leaves on `window` for the benchmark runner to read. */
export interface NaiveResult {
  employees: number
  sipRows: number
  /**
   * When the first user.get page and when everything had arrived, as epoch ms
   * (`performance.timeOrigin + performance.now()`): the runner measures both from the portal page's
   * navigation, the same origin of time it uses for the app, so the two are comparable.
   */
  firstRowsAt: number | null
  fullAt: number
  error?: string
}

/** Updated after every page, so a run stopped at its time limit still says how far it got. */
export interface NaiveProgress {
  employees: number
  sipRows: number
  firstRowsAt: number | null
}

declare global {
  interface Window {
    naiveResult?: NaiveResult
    naiveProgress?: NaiveProgress
  }
}

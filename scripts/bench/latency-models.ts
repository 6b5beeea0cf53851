import type { LatencySettings } from '../../e2e/portal/contract.ts'

export interface LatencyModel {
  id: 'today' | 'honest'
  title: string
  latency: LatencySettings
}

/** The model the targets are set against: every request 120 ms, every command 6 ms. */
export const TODAY_MODEL: LatencyModel = {
  id: 'today',
  title: "today's model",
  latency: { perRequestMs: 120, perCommandMs: 6, perMethodMs: {}, perRowMs: {} },
}

/**
 * A fixed cost per command plus a cost per row answered, per method (the reasoning, from the documented
 * `time` blocks and from what each method's server code does, is in docs/bitrix24.md "Latency model"):
 * voximplant.user.get 230 ms + 0.5 ms a row (0.238 s for two ids is almost all fixed: rights, the
 * administrators, the confirmation; then one query of every id), user.get 60 ms + 1 ms a row (0.054 s
 * for two users; each row's photo is looked up at the small size), department.get 40 ms + 0.2 ms a
 * row, any other command 50 ms.
 */
export const HONEST_MODEL: LatencyModel = {
  id: 'honest',
  title: 'honest model',
  latency: {
    perRequestMs: 120,
    perCommandMs: 50,
    perMethodMs: { 'user.get': 60, 'department.get': 40, 'voximplant.user.get': 230 },
    perRowMs: { 'user.get': 1, 'department.get': 0.2, 'voximplant.user.get': 0.5 },
  },
}

export function describeLatency({
  perRequestMs,
  perCommandMs,
  perMethodMs,
  perRowMs,
}: LatencySettings): string {
  const methods = Object.entries(perMethodMs).map(([method, ms]) => {
    const perRow = perRowMs[method]
    return perRow ? `${method} ${ms} ms + ${perRow} ms a row` : `${method} ${ms} ms`
  })
  const perCommand =
    methods.length === 0
      ? `${perCommandMs} ms a command`
      : `a command ${methods.join(', ')}, any other ${perCommandMs} ms`
  return `${perRequestMs} ms a request + ${perCommand}`
}

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
  latency: { perRequestMs: 120, perCommandMs: 6, perMethodMs: {} },
}

/**
 * Per-command costs read off Bitrix24's documented answers (their `time` blocks, docs/bitrix24.md
 * "Limits"): user.get 0.054 s with 0.019 s processing on a two-user portal, so 100 ms for a page of a
 * 10,000–20,000-employee portal (an offset query plus the count for `total` each page);
 * department.get a small table, 50 ms; voximplant.user.get 0.238 s for two ids, so 500 ms for the
 * 250 ids the app asks at once; any other method 50 ms (user.update 0.175 s, most answers 0.02–0.1 s).
 */
export const HONEST_MODEL: LatencyModel = {
  id: 'honest',
  title: 'honest model',
  latency: {
    perRequestMs: 120,
    perCommandMs: 50,
    perMethodMs: { 'user.get': 100, 'department.get': 50, 'voximplant.user.get': 500 },
  },
}

export function describeLatency({ perRequestMs, perCommandMs, perMethodMs }: LatencySettings): string {
  const methods = Object.entries(perMethodMs).map(([method, ms]) => `${method} ${ms} ms`)
  const perCommand =
    methods.length === 0
      ? `${perCommandMs} ms a command`
      : `a command ${methods.join(', ')}, any other ${perCommandMs} ms`
  return `${perRequestMs} ms a request + ${perCommand}`
}

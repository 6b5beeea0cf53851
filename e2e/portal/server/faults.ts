import type { ExecutedCommand, FaultSettings, LatencySettings } from '../contract.ts'
import { isRecord } from '../engine/php.ts'
import { commandMs } from '../engine/time-block.ts'

export type FaultKind = FaultSettings['kinds'][number]

export interface FaultDecision {
  kind: FaultKind
  /** `after`: the engine executes the request and the answer is lost; `before`: the engine never sees it. */
  when: 'before' | 'after'
}

const WRITE_METHODS = new Set([
  'voximplant.user.activatephone',
  'voximplant.user.deactivatephone',
  'user.update',
])

/** The REST methods a request carries: the method itself, or for a batch each command's method. */
export function requestMethods(method: string, body: Record<string, unknown>): string[] {
  if (method.toLowerCase() !== 'batch') return [method]
  const cmd = body.cmd ?? body.CMD
  const commands = isRecord(cmd) ? Object.values(cmd) : Array.isArray(cmd) ? cmd : []
  // A batch command is "method?query" (docs/bitrix24.md "Batch").
  return commands.filter((c): c is string => typeof c === 'string').map((c) => c.split('?')[0] ?? '')
}

/** Writes are the requests that change a phone: a failure there is the case that hurts. */
export function isWriteRequest(method: string, body: Record<string, unknown>): boolean {
  return requestMethods(method, body).some((m) => WRITE_METHODS.has(m.trim().toLowerCase()))
}

/**
 * Whether this request fails and how. `random` is the engine's seeded PRNG, and it is consulted only
 * for requests that may fail, so a run with faults off draws nothing and repeats exactly.
 */
export function decideFault(
  faults: FaultSettings,
  isWrite: boolean,
  random: () => number,
): FaultDecision | undefined {
  if (faults.rate <= 0 || faults.kinds.length === 0) return undefined
  const inScope = faults.scope === 'all' || (faults.scope === 'writes') === isWrite
  if (!inScope) return undefined
  if (random() >= faults.rate) return undefined
  const kind = faults.kinds[Math.min(faults.kinds.length - 1, Math.floor(random() * faults.kinds.length))]
  if (kind === undefined) return undefined
  // `when` is about connections that die (contract.ts): a 500 is the portal refusing before any work.
  if (kind === 'error500') return { kind, when: 'before' }
  const when = faults.when === 'either' ? (random() < 0.5 ? 'before' : 'after') : faults.when
  return { kind, when }
}

/**
 * How long the answer takes: a fixed cost per HTTP request plus, per executed command, its method's
 * own cost (or else the common one) and its method's cost per row answered (docs/bitrix24.md
 * "Latency model").
 */
export function latencyMs(latency: LatencySettings, commands: readonly ExecutedCommand[] = []): number {
  let total = Math.max(0, latency.perRequestMs)
  for (const { method, rows } of commands) total += commandMs(latency, method, rows)
  return total
}

/** The page nginx answers when the backend took too long: HTML, not JSON, and no CORS headers. */
export const GATEWAY_TIMEOUT_PAGE = `<html>
<head><title>504 Gateway Time-out</title></head>
<body>
<center><h1>504 Gateway Time-out</h1></center>
<hr><center>nginx</center>
</body>
</html>
`

export const INTERNAL_SERVER_ERROR = {
  error: 'INTERNAL_SERVER_ERROR',
  error_description: 'Internal server error',
} as const

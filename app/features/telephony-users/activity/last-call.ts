import * as v from 'valibot'

/** How the last call went, from the employee's side (docs/bitrix24.md "voximplant.statistic.get", 6). */
export type CallDirection = 'outgoing' | 'incoming' | 'missed' | 'redirected' | 'callback' | 'info'

export interface LastCall {
  /** Milliseconds since the epoch. */
  startedAt: number
  direction: CallDirection
}

/** What one employee's scan found. */
export type ActivityEntry =
  | { kind: 'call'; call: LastCall }
  /** An empty answer from someone who may read everyone's calls: the employee never called. */
  | { kind: 'never' }
  /** An empty answer under narrower rights: never called, or Bitrix24 hid the calls from the caller. */
  | { kind: 'unreadable' }
  /** The command failed (or answered something unusable): nothing is known. */
  | { kind: 'failed' }

const Row = v.object({
  PORTAL_USER_ID: v.union([v.string(), v.number()]),
  CALL_START_DATE: v.string(),
  CALL_TYPE: v.optional(v.union([v.string(), v.number(), v.null()])),
  CALL_FAILED_CODE: v.optional(v.union([v.string(), v.null()])),
})

const DIRECTIONS: Record<string, CallDirection> = {
  '1': 'outgoing',
  '2': 'incoming',
  '3': 'redirected',
  '4': 'callback',
  '5': 'info',
}

/**
 * The newest call in one employee's answer. A row of anyone else is never taken as theirs: Bitrix24
 * narrows the filter silently, and a dropped filter key would answer the whole portal's calls.
 */
export function lastCallOf(result: unknown, userId: number, reachAll: boolean): ActivityEntry {
  if (!Array.isArray(result)) return { kind: 'failed' }
  if (result.length === 0) return reachAll ? { kind: 'never' } : { kind: 'unreadable' }
  const parsed = v.safeParse(Row, result[0])
  if (!parsed.success || Number(parsed.output.PORTAL_USER_ID) !== userId) return { kind: 'failed' }
  const startedAt = Date.parse(parsed.output.CALL_START_DATE)
  if (Number.isNaN(startedAt)) return { kind: 'failed' }
  const type = String(parsed.output.CALL_TYPE ?? '')
  // An incoming call with code 304 was missed (docs/bitrix24.md "voximplant.statistic.get", 6).
  const missed = type === '2' && parsed.output.CALL_FAILED_CODE === '304'
  return {
    kind: 'call',
    call: { startedAt, direction: missed ? 'missed' : (DIRECTIONS[type] ?? 'incoming') },
  }
}

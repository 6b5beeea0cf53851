import type { AppError } from './errors.ts'

/** A refused command is sent again at most this many times in a row without any command getting through. */
export const MAX_IDLE_ROUNDS = 5

/** Bitrix24's operating window: a reset time further away than this is a clock out of step. */
const WINDOW_MS = 600_000

/** The code of a per-command refusal for Bitrix24's limits, or undefined for any other outcome. */
export function limitCode(error: AppError | undefined): string | undefined {
  return error?.detail.kind === 'rate-limited' ? error.detail.code : undefined
}

/**
 * When to send refused commands again. For OPERATION_TIME_LIMIT the method's `operating_reset_at`
 * (seen on an answer of the same method) says when part of its time is released, plus a second as the
 * SDK does; without it, or for the request-rate codes, an exponential backoff (10 s or 2 s, ×2 a round,
 * at most a minute). Never later than one window from now, whatever the portal's clock says.
 */
export function resumeAt(
  code: string,
  resetAtMs: number | undefined,
  idleRound: number,
  now: number,
): number {
  if (code === 'OPERATION_TIME_LIMIT' && resetAtMs !== undefined && resetAtMs + 1000 > now)
    return Math.min(resetAtMs + 1000, now + WINDOW_MS + 2000)
  const base = code === 'OPERATION_TIME_LIMIT' ? 10_000 : 2_000
  return now + Math.min(60_000, base * 2 ** idleRound)
}

// Re-exported, not redefined: the bulk runs import their wait from here.
export { sleep } from '@/lib/sleep.ts'

import type { OperatingState } from './limits.ts'

/** The `time` object every success answer carries (docs/bitrix24.md "Limits, tokens and errors"). */
export interface TimeBlock {
  start: number
  finish: number
  duration: number
  processing: number
  date_start: string
  date_finish: string
  operating_reset_at: number
  operating: number
}

/** Simulated cost of one command, seconds: a small base plus the configured per-command latency. */
export function commandSeconds(perCommandMs: number): number {
  return 0.002 + Math.max(0, perCommandMs) / 1000
}

export function timeBlock(
  startMs: number,
  durationSeconds: number,
  processingSeconds: number,
  operating: OperatingState,
): TimeBlock {
  const start = micro(startMs / 1000)
  const finish = micro(start + durationSeconds)
  return {
    start,
    finish,
    duration: micro(durationSeconds),
    processing: micro(processingSeconds),
    date_start: isoDate(startMs),
    date_finish: isoDate(finish * 1000),
    operating_reset_at: operating.resetAt,
    operating: micro(operating.operating),
  }
}

/** Microsecond precision, like PHP's microtime(true), without float noise. */
function micro(seconds: number): number {
  return Math.round(seconds * 1e6) / 1e6
}

/** Bitrix24's REST dates: ISO 8601 with a `+00:00` offset and no milliseconds. */
export function isoDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00')
}

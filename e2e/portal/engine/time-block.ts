import type { LatencySettings } from '../contract.ts'
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

/**
 * One executed command's modelled cost, ms: its method's fixed cost (else `perCommandMs`) plus its
 * cost per row answered (docs/bitrix24.md "Latency model").
 */
export function commandMs(latency: LatencySettings, method: string, rows: number): number {
  const key = method.trim().toLowerCase()
  const fixed = Math.max(0, latency.perMethodMs[key] ?? latency.perCommandMs)
  return fixed + Math.max(0, latency.perRowMs[key] ?? 0) * Math.max(0, rows)
}

/**
 * A command's time as its answer's `time` block and the operating time count it, seconds: a small base
 * plus the same modelled cost the portal waits before answering.
 */
export function commandSeconds(latency: LatencySettings, method: string, rows: number): number {
  return 0.002 + commandMs(latency, method, rows) / 1000
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

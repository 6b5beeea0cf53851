import type { BucketSettings } from '../contract.ts'

/**
 * The per-portal leaky bucket (docs/bitrix24.md "Limits, tokens and errors"): +1 per HTTP request (a batch is one), drains
 * continuously; a request that would push the counter over the limit is refused and not counted.
 */
export class LeakyBucket {
  #level = 0
  #at = 0

  /** True when the request may run. */
  take(now: number, settings: BucketSettings): boolean {
    if (settings.drainPerSecond <= 0) return true
    const elapsed = Math.max(0, now - this.#at) / 1000
    this.#level = Math.max(0, this.#level - elapsed * settings.drainPerSecond)
    this.#at = Math.max(this.#at, now)
    if (this.#level + 1 > settings.limit) return false
    this.#level += 1
    return true
  }

  get level(): number {
    return this.#level
  }
}

/** Bitrix24's window: 10 minutes. */
export const OPERATING_WINDOW_MS = 600_000

export interface OperatingState {
  /** Seconds this method used in the window. */
  operating: number
  /** Unix time (s) when part of it is released. */
  resetAt: number
}

/**
 * Operating time per method over a sliding window (docs/bitrix24.md "Operating time"): summed
 * per second, released as the oldest seconds leave the window. The window is read on every use, so a
 * test may shorten it while the portal runs.
 */
export class OperatingClock {
  readonly #spent = new Map<string, Array<{ second: number; seconds: number }>>()
  readonly #windowMs: () => number

  constructor(windowMs: () => number = () => OPERATING_WINDOW_MS) {
    this.#windowMs = windowMs
  }

  add(method: string, now: number, seconds: number): void {
    const entries = this.#entries(method, now)
    const second = Math.floor(now / 1000)
    const last = entries[entries.length - 1]
    if (last?.second === second) last.seconds += seconds
    else entries.push({ second, seconds })
  }

  state(method: string, now: number): OperatingState {
    const entries = this.#entries(method, now)
    const operating = entries.reduce((sum, entry) => sum + entry.seconds, 0)
    const oldest = entries[0]?.second ?? Math.floor(now / 1000)
    return { operating, resetAt: oldest + Math.ceil(this.#windowMs() / 1000) }
  }

  /** The method is blocked while its sum (plus the running request's share) is over the limit; 0 turns the limit off. */
  blocked(method: string, now: number, limitSeconds: number, runningSeconds = 0): boolean {
    return limitSeconds > 0 && this.state(method, now).operating + runningSeconds > limitSeconds
  }

  #entries(method: string, now: number): Array<{ second: number; seconds: number }> {
    const entries = this.#spent.get(method) ?? []
    this.#spent.set(method, entries)
    const from = Math.floor((now - this.#windowMs()) / 1000)
    let stale = 0
    while (stale < entries.length && (entries[stale]?.second ?? 0) <= from) stale++
    if (stale > 0) entries.splice(0, stale)
    return entries
  }
}

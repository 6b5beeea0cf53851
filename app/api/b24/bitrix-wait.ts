import { AbstractLogger, type LogLevel } from '@bitrix24/b24jssdk'
import { useSyncExternalStore } from 'react'

/** Bitrix24 made the app wait: the SDK retries by itself, and the user sees why and until when. */
export interface BitrixWait {
  /** The error code that made the SDK wait (QUERY_LIMIT_EXCEEDED, OPERATION_TIME_LIMIT, a 5xx, a network fault). */
  code: string
  /** When the SDK sends the request again (ms since epoch). */
  until: number
}

let current: BitrixWait | null = null
const listeners = new Set<() => void>()
let clearTimer: ReturnType<typeof setTimeout> | undefined

/** The app's own waits (commands Bitrix24 refused inside a batch) go to the same notice. */
export function announceWait(wait: BitrixWait): void {
  publish(wait)
}

function publish(wait: BitrixWait | null) {
  current = wait
  listeners.forEach((listener) => listener())
  clearTimeout(clearTimer)
  if (wait) clearTimer = setTimeout(() => publish(null), Math.max(0, wait.until - Date.now()) + 500)
}

/**
 * A logger for the SDK that writes nothing anywhere: it only reads two structured records of the SDK's
 * retry loop ("request failed" with `error.code`, then the retry's `wait` in ms, for the same request id)
 * and publishes the wait. Nothing it receives is kept or printed, so no secret can leak through it.
 */
export class BitrixWaitWatcher extends AbstractLogger {
  #lastCode = new Map<string, string>()
  readonly now: () => number

  constructor(now: () => number = Date.now) {
    super()
    this.now = now
  }

  override async log(_level: LogLevel, _message: string, context?: Record<string, unknown>): Promise<void> {
    if (!context) return
    const requestId = typeof context.requestId === 'string' ? context.requestId : ''
    const error = context.error
    if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
      this.#lastCode.set(requestId, error.code)
      if (this.#lastCode.size > 100) this.#lastCode.clear()
    }
    if (typeof context.wait === 'number' && 'attempt' in context) {
      publish({ code: this.#lastCode.get(requestId) ?? '', until: this.now() + context.wait })
    }
  }
}

/** No wait, no timer: the notice lives as long as the module, so tests start from nothing (app/test/setup.ts). */
export function resetBitrixWait(): void {
  clearTimeout(clearTimer)
  current = null
  listeners.forEach((listener) => listener())
}

export function useBitrixWait(): BitrixWait | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}

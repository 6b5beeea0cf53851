import { sleep } from '@/lib/sleep.ts'

export interface PoolLimits {
  /** Requests in flight at once (a browser opens 6 connections to one HTTP/1.1 host). */
  lanes: number
  /** Requests the pool may start at once before it paces itself… */
  burst: number
  /** …and then how many a second: the portal's own drain rate. */
  perSecond: number
  /** Lanes that work run `first` never takes: they stay free for the rest. */
  reserved?: number
}

export interface RunOptions {
  /**
   * Starts before any other waiting work whenever it fits, in at most `lanes - reserved` lanes;
   * everything else waits for it, in the lanes it leaves.
   */
  first?: boolean
}

/** How many lanes work run `first` may hold at once. */
export const firstLanes = (limits: PoolLimits) => Math.max(1, limits.lanes - (limits.reserved ?? 0))

export interface RequestPool {
  run<T>(work: () => Promise<T>, options?: RunOptions): Promise<T>
}

/**
 * A pool of requests: at most `lanes` in flight, started no faster than a leaky bucket of its own
 * allows, with a priority class (`first`) that may never take the reserved lanes.
 */
export function createRequestPool(limits: PoolLimits, now: () => number = Date.now): RequestPool {
  let active = 0
  let activeFirst = 0
  // In arrival order within each class.
  const waiting: Array<{ first: boolean; start: () => void }> = []
  // A leaky bucket of the pool's own requests, like the portal's.
  let level = 0
  let drainedAt = now()

  function startWaiting() {
    for (const first of [true, false])
      for (let index = 0; index < waiting.length && active < limits.lanes;) {
        const next = waiting[index]
        if (next?.first === first && (!first || activeFirst < firstLanes(limits))) {
          waiting.splice(index, 1)
          active++
          if (first) activeFirst++
          next.start()
        } else index++
      }
  }

  async function acquire(first: boolean): Promise<void> {
    await new Promise<void>((start) => {
      waiting.push({ first, start })
      startWaiting()
    })
    for (;;) {
      const at = now()
      level = Math.max(0, level - ((at - drainedAt) / 1000) * limits.perSecond)
      drainedAt = at
      if (level + 1 <= limits.burst) {
        level++
        return
      }
      await sleep(((level + 1 - limits.burst) / limits.perSecond) * 1000)
    }
  }

  function release(first: boolean) {
    active--
    if (first) activeFirst--
    startWaiting()
  }

  return {
    async run(work, options = {}) {
      const first = options.first ?? false
      await acquire(first)
      try {
        return await work()
      } finally {
        release(first)
      }
    },
  }
}

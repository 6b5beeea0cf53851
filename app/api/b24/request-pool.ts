import { sleep } from '@/lib/sleep.ts'
import type { B24Client } from './client.ts'

export interface PoolLimits {
  /** Requests in flight at once (a browser opens 6 connections to one HTTP/1.1 host). */
  lanes: number
  /** Requests the pool may start at once before it paces itself… */
  burst: number
  /** …and then how many a second: the portal's own drain rate. */
  perSecond: number
}

/**
 * Loading's share of the portal's request bucket: 30 of the standard plan's 50 at once, then its
 * drain rate, so the user's own clicks always find room and loading never meets a 503
 * (docs/bitrix24.md "Limits"). The SDK paces the whole bucket; this keeps loading inside a part of it.
 */
export const LOAD_LIMITS: PoolLimits = { lanes: 6, burst: 30, perSecond: 2 }

export interface RunOptions {
  /**
   * The list's requests (its later pages, the edit rights) share at most `lanes - SIP_LANES` lanes
   * and start before any other waiting request whenever they fit: everything else waits for the list,
   * and the SIP settings of rows already shown always have a lane of their own.
   */
  list?: boolean
}

/** Lanes the list's requests always leave to the SIP settings of the rows already shown. */
const SIP_LANES = 1

/** How many of a pool's lanes the list's requests may hold at once. */
export const listLanes = (limits: PoolLimits) => Math.max(1, limits.lanes - SIP_LANES)

export interface RequestPool {
  run<T>(work: () => Promise<T>, options?: RunOptions): Promise<T>
}

export function createRequestPool(limits: PoolLimits, now: () => number = Date.now): RequestPool {
  let active = 0
  let activeList = 0
  // In arrival order within each kind.
  const waiting: Array<{ list: boolean; start: () => void }> = []
  // A leaky bucket of the pool's own requests, like the portal's.
  let level = 0
  let drainedAt = now()

  function startWaiting() {
    for (const list of [true, false])
      for (let index = 0; index < waiting.length && active < limits.lanes;) {
        const next = waiting[index]
        if (next?.list === list && (!list || activeList < listLanes(limits))) {
          waiting.splice(index, 1)
          active++
          if (list) activeList++
          next.start()
        } else index++
      }
  }

  async function acquire(list: boolean): Promise<void> {
    await new Promise<void>((start) => {
      waiting.push({ list, start })
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

  function release(list: boolean) {
    active--
    if (list) activeList--
    startWaiting()
  }

  return {
    async run(work, options = {}) {
      const list = options.list ?? false
      await acquire(list)
      try {
        return await work()
      } finally {
        release(list)
      }
    },
  }
}

const pools = new WeakMap<B24Client, RequestPool>()

/** The one pool that loading shares per client: the directory's pages and the SIP settings. */
export function loadPool(client: B24Client): RequestPool {
  let pool = pools.get(client)
  if (!pool) {
    pool = createRequestPool(LOAD_LIMITS)
    pools.set(client, pool)
  }
  return pool
}

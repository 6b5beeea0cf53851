import type { B24Client } from '@/api/b24/client.ts'
import {
  createRequestPool,
  firstLanes,
  type PoolLimits,
  type RequestPool,
  type RunOptions,
} from '@/api/b24/request-pool.ts'

/**
 * Loading's share of the portal's request bucket: 30 of the standard plan's 50 at once, then its
 * drain rate, so the user's own clicks always find room and loading never meets a 503
 * (docs/bitrix24.md "Limits"). The SDK paces the whole bucket; this keeps loading inside a part of it.
 * Of the browser's six connections one is reserved: the SIP settings of rows already shown always
 * have a lane of their own.
 */
export const LOAD_LIMITS: PoolLimits = { lanes: 6, burst: 30, perSecond: 2, reserved: 1 }

/**
 * The list's requests (its later pages, the edit rights) start before any other waiting request
 * whenever they fit, never in the SIP settings' lane: everything else waits for the list.
 */
export const LIST: RunOptions = { first: true }

/** How many lanes the list's requests may hold at once. */
export const LIST_LANES = firstLanes(LOAD_LIMITS)

const pools = new WeakMap<B24Client, RequestPool>()

/** The one pool that loading shares per client: the directory's pages, the SIP settings, the edit rights. */
export function loadPool(client: B24Client): RequestPool {
  let pool = pools.get(client)
  if (!pool) {
    pool = createRequestPool(LOAD_LIMITS)
    pools.set(client, pool)
  }
  return pool
}

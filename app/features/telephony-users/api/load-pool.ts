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
 *
 * Lanes: Bitrix24 runs a token's requests in parallel (no session lock) and its cloud answers over
 * HTTP/2, where the browser sends them all on one connection (docs/bitrix24.md "Parallel requests").
 * The work is mostly server time (about 110 ms a list page, 0.5 ms an id of SIP settings), so it is
 * spread over 27 requests at once: 26 for the list's pages, each batch reading its own employees' SIP
 * settings too, so 30 requests in all for 20,000 employees (the first three and the first page's SIP
 * settings besides). One lane is the SIP settings' own: the first rows get theirs without waiting for
 * the list. Over HTTP/1.1 the browser runs six of them at a time and queues the rest.
 */
export const LOAD_LIMITS: PoolLimits = { lanes: 27, burst: 30, perSecond: 2, reserved: 1 }

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

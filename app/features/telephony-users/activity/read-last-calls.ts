import type { B24Client, BatchCommand } from '@/api/b24/client.ts'
import { MAX_BATCH_COMMANDS } from '@/api/b24/client.ts'
import { chunk } from '@/lib/chunk.ts'
import { loadPool } from '../api/load-pool.ts'
import { lastCallOf, type ActivityEntry } from './last-call.ts'

export interface ActivityScan {
  /** When the scan finished (ms), for the age of each last call. */
  readAt: number
  /** Whether an empty answer proves "never called" (docs/bitrix24.md "voximplant.statistic.get", 2). */
  reachAll: boolean
  byId: ReadonlyMap<number, ActivityEntry>
  /** Employees the scan did not get to (cancelled). */
  notRead: number
}

/** One request carries up to 50 employees: what the dialog announces before anything is sent. */
export const requestsFor = (employees: number) => Math.ceil(employees / MAX_BATCH_COMMANDS)

/**
 * The newest call of one employee, uncounted (`start=-1`). ORDER must be upper-case: Bitrix24 ignores
 * `desc` and would answer the oldest call first (docs/bitrix24.md "voximplant.statistic.get", 3).
 */
export const lastCallCommand = (userId: number): BatchCommand => ({
  method: 'voximplant.statistic.get',
  params: { FILTER: { PORTAL_USER_ID: userId }, SORT: 'CALL_START_DATE', ORDER: 'DESC', start: -1 },
})

export interface ScanOptions {
  reachAll: boolean
  signal?: AbortSignal
  onProgress?: (read: number) => void
  now?: () => number
}

/**
 * Every employee's last call, 50 a batch, through the load pool so the scan stays within its share of
 * the portal's bucket. Cancelling stops before the next batch. A request that fails as a whole (no
 * permission, the network) is thrown; a failed command marks just that employee.
 */
export async function readLastCalls(
  client: B24Client,
  userIds: readonly number[],
  { reachAll, signal, onProgress, now = Date.now }: ScanOptions,
): Promise<ActivityScan> {
  const byId = new Map<number, ActivityEntry>()
  let read = 0
  // A refusal stops the batches still waiting, as cancelling does.
  const stop = new AbortController()
  if (signal?.aborted) stop.abort()
  else signal?.addEventListener('abort', () => stop.abort(), { once: true })
  await Promise.all(
    chunk(userIds, MAX_BATCH_COMMANDS).map((ids) =>
      loadPool(client).run(async () => {
        if (stop.signal.aborted) return
        const commands = Object.fromEntries(ids.map((id) => [`u${id}`, lastCallCommand(id)]))
        const outcomes = await client.batch(commands, { signal })
        for (const id of ids) {
          const outcome = outcomes[`u${id}`]
          if (outcome && !outcome.ok && outcome.error.kind === 'access-denied') {
            stop.abort()
            throw outcome.error
          }
          byId.set(id, outcome?.ok ? lastCallOf(outcome.result, id, reachAll) : { kind: 'failed' })
        }
        read += ids.length
        onProgress?.(read)
      }),
    ),
  )
  return { readAt: now(), reachAll, byId, notRead: userIds.length - read }
}

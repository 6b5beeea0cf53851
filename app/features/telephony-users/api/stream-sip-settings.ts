import type { B24Client } from '@/api/b24/client.ts'
import type { AppError } from '@/api/b24/errors.ts'
import { createChannel } from '@/lib/channel.ts'
import { carryNotApplied } from '../model/sip-table.ts'
import type { SipTable } from '../model/types.ts'
import { loadPool } from './load-pool.ts'
import { followRoster } from './roster.ts'

/** What one read of some employees' SIP settings gave. */
export interface SipRead {
  table: SipTable
  /** Set when no row was read at all, to show instead of an empty table. */
  error?: AppError
}

export type ReadSip = (client: B24Client, userIds: readonly number[]) => Promise<SipRead>

/**
 * The SIP settings of the directory's employees, one read per batch of employees, asked for the moment
 * the batch lands on the directory's roster (the list may still be loading) and yielded as each answer
 * lands; a newer load of the list is followed to its end. An approval refusal ends the stream with that
 * error; a chunk that failed otherwise marks its rows. When no row could be read at all, the first error
 * is thrown so the screen offers a retry. `previous`: the table this read replaces.
 */
export async function* streamSipSettings(
  client: B24Client,
  previous: SipTable | undefined,
  signal: AbortSignal,
  read: ReadSip,
): AsyncGenerator<SipTable> {
  const pool = loadPool(client)
  const landed = createChannel<SipTable>()
  let running = 0
  let following = true
  let anyRead = false
  let firstError: AppError | undefined
  const finishIfDone = () => {
    if (following || running > 0) return
    if (!anyRead && firstError) landed.fail(firstError)
    else landed.close()
  }
  const ask = (ids: number[]) => {
    running++
    pool
      .run(() => read(client, ids))
      .then(({ table, error }) => {
        if (error) firstError ??= error
        else anyRead = true
        landed.push(carryNotApplied(previous, table))
        running--
        finishIfDone()
      })
      .catch((error: unknown) => landed.fail(error))
  }
  const stop = () => landed.close()
  signal.addEventListener('abort', stop)
  void (async () => {
    for await (const ids of followRoster(client, signal)) ask(ids)
    following = false
    finishIfDone()
  })()
  try {
    yield* landed
  } finally {
    signal.removeEventListener('abort', stop)
  }
}

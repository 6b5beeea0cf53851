import type { B24Client, BatchOutcome } from '@/api/b24/client.ts'
import type { AppError } from '@/api/b24/errors.ts'
import { afterNextPaint } from '@/lib/after-paint.ts'
import { createChannel, pacedMerge } from '@/lib/channel.ts'
import { addSipChunk } from '../model/merge-sip.ts'
import { carryNotApplied } from '../model/sip-table.ts'
import type { SipTable } from '../model/types.ts'
import { loadPool } from './load-pool.ts'
import { followRoster, type RosterBatch } from './roster.ts'

/** What one read of some employees' SIP settings gave. */
export interface SipRead {
  table: SipTable
  /** Set when no row was read at all, to show instead of an empty table. */
  error?: AppError
}

/** `made`: the ids' voximplant.user.get answer already made, when the list's batch read it (roster.ts). */
export type ReadSip = (client: B24Client, userIds: readonly number[], made?: BatchOutcome) => Promise<SipRead>

/**
 * The SIP settings of the directory's employees, one read per batch of employees, asked for the moment
 * the batch lands on the directory's roster (the list may still be loading) and yielded as each answer
 * lands; a batch that brought its own answer is read from it, without a request or a lane of the pool
 * (unless some ids must be asked again), unless the approval refused it; a newer load of the list is
 * followed to its end. An approval refusal ends the stream with that error, and the following with it
 * (a newer read follows anew); a chunk that failed otherwise marks its rows. When no row could be read
 * at all, the first error is thrown so the screen offers a retry. `previous`: the table this read
 * replaces.
 */
export async function* streamSipSettings(
  client: B24Client,
  previous: SipTable | undefined,
  signal: AbortSignal,
  read: ReadSip,
): AsyncGenerator<SipTable> {
  const pool = loadPool(client)
  const landed = createChannel<SipTable>()
  // Following ends with the stream: a read that failed for good, or was cancelled, asks for nothing more.
  const ended = new AbortController()
  const end = (error?: unknown) => {
    ended.abort()
    if (error === undefined) landed.close()
    else landed.fail(error)
  }
  let running = 0
  let following = true
  let anyRead = false
  let firstError: AppError | undefined
  const finishIfDone = () => {
    if (following || running > 0) return
    end(!anyRead && firstError ? firstError : undefined)
  }
  const ask = ({ ids, sip }: RosterBatch) => {
    running++
    // A batch's answer refused for the approval is not taken: the refusal (pending when the batch ran,
    // given since) may no longer hold. Any other answer is what a read of these ids would get now.
    ;(sip && !awaitsApproval(sip) ? read(client, ids, sip) : pool.run(() => read(client, ids)))
      .then(({ table, error }) => {
        if (error) firstError ??= error
        else anyRead = true
        landed.push(carryNotApplied(previous, table))
        running--
        finishIfDone()
      })
      .catch((error: unknown) => end(error))
  }
  const stop = () => end()
  signal.addEventListener('abort', stop)
  void (async () => {
    for await (const batch of followRoster(client, ended.signal)) ask(batch)
    following = false
    finishIfDone()
  })()
  try {
    // Each read redraws the rows: reads that land while the screen draws come as one.
    yield* pacedMerge(landed, (tables) => tables.reduce(addSipChunk), afterNextPaint)
  } finally {
    signal.removeEventListener('abort', stop)
    ended.abort()
  }
}

const awaitsApproval = (outcome: BatchOutcome) =>
  !outcome.ok && (outcome.error.kind === 'approval-pending' || outcome.error.kind === 'approval-denied')

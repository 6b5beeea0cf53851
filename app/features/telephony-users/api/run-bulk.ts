import { MAX_BATCH_COMMANDS, type B24Client, type BatchCommand } from '../../../api/b24/client.ts'
import { AppError, toAppError } from '../../../api/b24/errors.ts'
import { chunk } from '../../../lib/chunk.ts'
import { loadSip } from './load-sip.ts'
import type { SipTable } from './model.ts'

/** Final word on one employee, decided by reading Bitrix24 back after the requests. */
export type BulkResult =
  | { status: 'done' }
  | { status: 'failed'; error: AppError }
  /** Bitrix24 answered success but holds another state (today's deactivatePhone). */
  | { status: 'unchanged' }
  /** Not sent: the run was cancelled first. */
  | { status: 'skipped' }

export interface BulkProgress {
  sent: number
  total: number
  failed: number
}

export interface BulkOutcome {
  results: Map<number, BulkResult>
  /** The re-read of every employee touched, for the table's cache (undefined when it failed). */
  read: SipTable | undefined
}

/**
 * Switches many SIP phones on or off: one id a command (an array would act on user 1: bitrix24.md),
 * 50 commands a request, one request at a time. Cancel stops before the next request; what was sent
 * stays sent. At the end every touched employee is read again and the result says what Bitrix24 holds.
 */
export async function runBulk(
  client: B24Client,
  userIds: readonly number[],
  on: boolean,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (progress: BulkProgress) => void } = {},
): Promise<BulkOutcome> {
  const method = on ? 'voximplant.user.activatePhone' : 'voximplant.user.deactivatePhone'
  const errors = new Map<number, AppError>()
  const sent = new Set<number>()
  for (const ids of chunk(userIds, MAX_BATCH_COMMANDS)) {
    if (signal?.aborted) break
    const commands: Record<string, BatchCommand> = {}
    for (const id of ids) commands[`p${id}`] = { method, params: { USER_ID: id } }
    try {
      const outcomes = await client.batch(commands)
      for (const id of ids) {
        const outcome = outcomes[`p${id}`]
        if (outcome && !outcome.ok) errors.set(id, outcome.error)
      }
    } catch (error) {
      // The whole request failed (after the SDK's retries): its commands may or may not have run.
      for (const id of ids) errors.set(id, toAppError(error))
    }
    for (const id of ids) sent.add(id)
    onProgress?.({ sent: sent.size, total: userIds.length, failed: errors.size })
  }

  let read: SipTable | undefined
  try {
    read = sent.size > 0 ? await loadSip(client, [...sent]) : undefined
  } catch {
    read = undefined
  }
  const results = new Map<number, BulkResult>()
  const wanted = on ? 'on' : 'off'
  for (const id of userIds) {
    const error = errors.get(id)
    if (!sent.has(id)) results.set(id, { status: 'skipped' })
    else if (read?.byId.get(id)?.phone === wanted) results.set(id, { status: 'done' })
    else if (error) results.set(id, { status: 'failed', error })
    else if (read?.byId.has(id)) results.set(id, { status: 'unchanged' })
    else results.set(id, { status: 'failed', error: new AppError({ kind: 'unverified' }) })
  }
  return { results, read }
}

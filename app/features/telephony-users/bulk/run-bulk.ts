import { MAX_BATCH_COMMANDS, type B24Client, type BatchCommand } from '@/api/b24/client.ts'
import { AppError, isTransient, toAppError } from '@/api/b24/errors.ts'
import { sleep } from '@/api/b24/limit-wait.ts'
import { chunk } from '@/lib/chunk.ts'
import { getSipSettings } from '../api/get-sip-settings.ts'
import type { SipTable } from '../model/types.ts'
import { mergeRead } from '../model/sip-table.ts'

/** Final word on one employee, decided by reading Bitrix24 back after the requests. */
export type BulkResult =
  | { status: 'done' }
  | { status: 'failed'; error: AppError }
  /**
   * Sent, but Bitrix24 could not be read back, so nobody knows whether it happened. `error` is the
   * request's own failure when it had one (a timeout may still have been carried out), else `unverified`.
   */
  | { status: 'unverified'; error: AppError }
  /** Bitrix24 answered success but holds another state (today's deactivatePhone). */
  | { status: 'unchanged' }
  /** Not sent: the run was cancelled first. */
  | { status: 'skipped' }

export type BulkStatus = BulkResult['status']

export interface BulkProgress {
  sent: number
  total: number
  failed: number
}

export interface BulkOutcome {
  results: Map<number, BulkResult>
  /** The re-read of the employees touched, for the table's cache (undefined when nothing could be read). */
  read: SipTable | undefined
}

/** What the requests said about the employees they carried. */
export interface SendErrors {
  /** Bitrix24 answered the command with an error: it did not run. */
  refused: Map<number, AppError>
  /** The whole request failed (after the SDK's retries): its commands may or may not have run. */
  lost: Map<number, AppError>
}

/** Read-backs after a change, each already retried by the SDK; 2 s, then 4 s apart. */
/**
 * For a second read-back ("Check again"): the employees whose request was lost on the way (its own
 * error, not just an unknown state), so that error stays the reason if the state read is not the one
 * asked for.
 */
export function lostErrors(
  results: ReadonlyMap<number, BulkResult>,
  ids: readonly number[],
): Map<number, AppError> {
  const lost = new Map<number, AppError>()
  for (const id of ids) {
    const result = results.get(id)
    if (result?.status === 'unverified' && result.error.kind !== 'unverified') lost.set(id, result.error)
  }
  return lost
}

export const READ_BACK_TRIES = 3

interface Options {
  signal?: AbortSignal
  onProgress?: (progress: BulkProgress) => void
  /** Pause between read-backs (injectable for tests). */
  wait?: (ms: number) => Promise<void>
}

/**
 * Switches many SIP phones on or off: one id a command (an array would act on user 1: docs/bitrix24.md "activatePhone"),
 * 50 commands a request, one request at a time. Cancel stops before the next request; what was sent
 * stays sent. At the end every touched employee is read again and the result says what Bitrix24 holds.
 */
export async function runBulk(
  client: B24Client,
  userIds: readonly number[],
  on: boolean,
  { signal, onProgress, wait = sleep }: Options = {},
): Promise<BulkOutcome> {
  const method = on ? 'voximplant.user.activatePhone' : 'voximplant.user.deactivatePhone'
  const errors: SendErrors = { refused: new Map(), lost: new Map() }
  const sent: number[] = []
  for (const ids of chunk(userIds, MAX_BATCH_COMMANDS)) {
    if (signal?.aborted) break
    const commands: Record<string, BatchCommand> = {}
    for (const id of ids) commands[`p${id}`] = { method, params: { USER_ID: id } }
    try {
      // The client sends commands refused for Bitrix24's limits again after the wait; a cancel ends the wait.
      const outcomes = await client.batch(commands, { signal })
      for (const id of ids) {
        const outcome = outcomes[`p${id}`]
        if (outcome && !outcome.ok) (outcome.unsure ? errors.lost : errors.refused).set(id, outcome.error)
      }
    } catch (error) {
      for (const id of ids) errors.lost.set(id, toAppError(error))
    }
    sent.push(...ids)
    onProgress?.({ sent: sent.length, total: userIds.length, failed: errors.refused.size + errors.lost.size })
  }

  const outcome = await verifyBulk(client, sent, on, errors, wait)
  for (const id of userIds) if (!outcome.results.has(id)) outcome.results.set(id, { status: 'skipped' })
  return outcome
}

/**
 * Reads the employees back (again, while a read fails for a passing reason) and decides each one:
 * what Bitrix24 holds wins over what the requests said; an employee that could not be read is
 * `unverified` unless Bitrix24 refused its command outright.
 */
export async function verifyBulk(
  client: B24Client,
  userIds: readonly number[],
  on: boolean,
  errors: SendErrors,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<BulkOutcome> {
  let read: SipTable | undefined
  let unread = [...userIds]
  for (let attempt = 0; attempt < READ_BACK_TRIES && unread.length > 0; attempt++) {
    if (attempt > 0) await wait(2000 * attempt)
    try {
      const table = await getSipSettings(client, unread)
      read = read ? mergeRead(read, table) : table
      unread = unread.filter((id) => table.failed.has(id))
    } catch (error) {
      if (!isTransient(toAppError(error))) break // an approval or a denial: reading again now would not help
    }
  }

  const results = new Map<number, BulkResult>()
  const wanted = on ? 'on' : 'off'
  for (const id of userIds) {
    const state = read?.byId.get(id)?.phone
    const refused = errors.refused.get(id)
    const lost = errors.lost.get(id)
    if (state === wanted) results.set(id, { status: 'done' })
    else if (refused) results.set(id, { status: 'failed', error: refused })
    else if (state !== undefined)
      results.set(id, lost ? { status: 'failed', error: lost } : { status: 'unchanged' })
    else if (read?.noPermission.has(id)) results.set(id, { status: 'failed', error: lost ?? unverified() })
    else results.set(id, { status: 'unverified', error: lost ?? unverified() })
  }
  return { results, read }
}

const unverified = () => new AppError({ kind: 'unverified' })

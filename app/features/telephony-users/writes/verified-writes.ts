import { MAX_BATCH_COMMANDS, type B24Client, type BatchCommand } from '@/api/b24/client.ts'
import { AppError, isTransient, toAppError } from '@/api/b24/errors.ts'
import { sleep } from '@/api/b24/limit-wait.ts'
import { chunk } from '@/lib/chunk.ts'
import { inWaves } from './waves.ts'
import type { ReadBackCheck, SendErrors, WriteKind, WriteProgress, WriteResult } from './write-kind.ts'

export interface WritesOutcome<R> {
  results: Map<number, WriteResult>
  /** The read-back of the employees touched, for the screen's caches (undefined when nothing was read). */
  read: R | undefined
}

/** Read-backs after a change, each already retried by the SDK; 2 s, then 4 s apart. */
export const READ_BACK_TRIES = 3

export interface RunOptions {
  signal?: AbortSignal
  onProgress?: (progress: WriteProgress) => void
  /** Pause between read-backs (injectable for tests). */
  wait?: (ms: number) => Promise<void>
}

/**
 * Carries many writes: one command an employee, 50 commands a request, one request at a time. Cancel
 * stops before the next request; what was sent stays sent. Writes that must follow one another for the
 * same employee (an import's temporary clear, then its number) go in later waves: each wave is sent
 * and read back before the next starts, so an employee's result is that of their last write.
 */
export async function runWrites<W, R>(
  client: B24Client,
  kind: WriteKind<W, R>,
  writes: readonly W[],
  { signal, onProgress, wait = sleep }: RunOptions = {},
): Promise<WritesOutcome<R>> {
  const results = new Map<number, WriteResult>()
  let read: R | undefined
  let before = { sent: 0, failed: 0 }
  for (const wave of inWaves(kind, writes)) {
    if (signal?.aborted) {
      for (const write of wave) results.set(kind.userId(write), { status: 'skipped' })
      continue
    }
    const outcome = await runWave(client, kind, wave, {
      signal,
      wait,
      onProgress: (progress) =>
        onProgress?.({
          sent: before.sent + progress.sent,
          total: writes.length,
          failed: before.failed + progress.failed,
        }),
    })
    for (const [id, result] of outcome.results) results.set(id, result)
    if (outcome.read !== undefined)
      read = read === undefined ? outcome.read : kind.check.merge(read, outcome.read)
    const failed = [...outcome.results.values()].filter((result) => result.status === 'failed').length
    before = { sent: before.sent + wave.length, failed: before.failed + failed }
  }
  return { results, read }
}

async function runWave<W, R>(
  client: B24Client,
  kind: WriteKind<W, R>,
  writes: readonly W[],
  { signal, onProgress, wait = sleep }: RunOptions,
): Promise<WritesOutcome<R>> {
  const errors: SendErrors = { refused: new Map(), lost: new Map() }
  const sent: W[] = []
  for (const part of chunk(writes, MAX_BATCH_COMMANDS)) {
    if (signal?.aborted) break
    const commands: Record<string, BatchCommand> = {}
    for (const write of part) commands[`w${kind.userId(write)}`] = kind.command(write)
    try {
      // The client sends commands refused for Bitrix24's limits again after the wait; a cancel ends the wait.
      const outcomes = await client.batch(commands, { signal })
      for (const write of part) {
        const id = kind.userId(write)
        const outcome = outcomes[`w${id}`]
        if (outcome && !outcome.ok) (outcome.unsure ? errors.lost : errors.refused).set(id, outcome.error)
      }
    } catch (error) {
      for (const write of part) errors.lost.set(kind.userId(write), toAppError(error))
    }
    sent.push(...part)
    onProgress?.({ sent: sent.length, total: writes.length, failed: errors.refused.size + errors.lost.size })
  }

  const outcome = await verifyWrites(client, kind, sent, errors, wait)
  for (const write of writes)
    if (!outcome.results.has(kind.userId(write)))
      outcome.results.set(kind.userId(write), { status: 'skipped' })
  return outcome
}

/**
 * Reads the employees back (again, while a read fails for a passing reason) and decides each one:
 * what Bitrix24 holds wins over what the requests said; an employee that could not be read is
 * `unverified` unless Bitrix24 refused its command outright.
 */
export async function verifyWrites<W, R>(
  client: B24Client,
  kind: WriteKind<W, R>,
  writes: readonly W[],
  errors: SendErrors,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<WritesOutcome<R>> {
  const read = await readBack(client, kind.check, writes.map(kind.userId), wait)
  const results = new Map<number, WriteResult>()
  for (const write of writes) {
    const id = kind.userId(write)
    const verdict = read ? kind.check.judge(read, write) : 'unknown'
    const refused = errors.refused.get(id)
    const lost = errors.lost.get(id)
    if (verdict === 'held') results.set(id, { status: 'done' })
    else if (refused) results.set(id, { status: 'failed', error: refused })
    else if (verdict === 'other')
      results.set(id, lost ? { status: 'failed', error: lost } : { status: 'unchanged' })
    else if (verdict === 'forbidden') results.set(id, { status: 'failed', error: lost ?? unverified() })
    else results.set(id, { status: 'unverified', error: lost ?? unverified() })
  }
  return { results, read }
}

async function readBack<W, R>(
  client: B24Client,
  check: ReadBackCheck<W, R>,
  userIds: readonly number[],
  wait: (ms: number) => Promise<void>,
): Promise<R | undefined> {
  let read: R | undefined
  let unread = [...userIds]
  for (let attempt = 0; attempt < READ_BACK_TRIES && unread.length > 0; attempt++) {
    if (attempt > 0) await wait(2000 * attempt)
    try {
      const answer = await check.read(client, unread)
      read = read === undefined ? answer.read : check.merge(read, answer.read)
      unread = [...answer.unread]
    } catch (error) {
      if (!isTransient(toAppError(error))) break // an approval or a denial: reading again now would not help
    }
  }
  return read
}

/**
 * "Check again": reads the writes whose result is unknown once more. A request's own failure stays
 * the reason when the state read is not the one asked for.
 */
export async function checkAgain<W, R>(
  client: B24Client,
  kind: WriteKind<W, R>,
  writes: readonly W[],
  results: ReadonlyMap<number, WriteResult>,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<WritesOutcome<R>> {
  const unsure = withStatus(kind, writes, results, 'unverified')
  const lost = new Map<number, AppError>()
  for (const write of unsure) {
    const result = results.get(kind.userId(write))
    if (result?.status === 'unverified' && result.error.kind !== 'unverified')
      lost.set(kind.userId(write), result.error)
  }
  return verifyWrites(client, kind, unsure, { refused: new Map(), lost }, wait)
}

/** The writes whose result has the given status, in their order ("Retry the failed ones", "Check again"). */
export function withStatus<W>(
  kind: Pick<WriteKind<W, unknown>, 'userId'>,
  writes: readonly W[],
  results: ReadonlyMap<number, WriteResult>,
  status: WriteResult['status'],
): W[] {
  return writes.filter((write) => results.get(kind.userId(write))?.status === status)
}

/**
 * One write on its own (a row's switch, the extension editor): the command as a single call, so a
 * refusal or a lost request is thrown to the caller at once; the read-back follows separately.
 */
export async function sendOne<W, R>(client: B24Client, kind: WriteKind<W, R>, write: W): Promise<void> {
  const { method, params } = kind.command(write)
  await client.call(method, params)
}

const unverified = () => new AppError({ kind: 'unverified' })

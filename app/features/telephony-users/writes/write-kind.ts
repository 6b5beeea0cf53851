import type { QueryClient } from '@tanstack/react-query'
import type { B24Client, BatchCommand } from '@/api/b24/client.ts'
import type { AppError } from '@/api/b24/errors.ts'

/** Final word on one employee's write, decided by reading Bitrix24 back after the requests. */
export type WriteResult =
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

export type WriteStatus = WriteResult['status']

export interface WriteProgress {
  sent: number
  total: number
  failed: number
}

/** What the requests said about the employees they carried. */
export interface SendErrors {
  /** Bitrix24 answered the command with an error: it did not run. */
  refused: Map<number, AppError>
  /** The whole request failed (after the SDK's retries): its commands may or may not have run. */
  lost: Map<number, AppError>
}

/** One read-back: what was read, and the employees whose read failed (to be read again). */
export interface ReadBack<R> {
  read: R
  unread: readonly number[]
}

/**
 * What one read-back says about one write: Bitrix24 holds what was asked (`held`), holds something
 * else (`other`), will not show the employee to this user (`forbidden`), or was not read (`unknown`).
 */
export type Verdict = 'held' | 'other' | 'forbidden' | 'unknown'

/** How a kind of write is checked: read the employees back, judge each write, show the read. */
export interface ReadBackCheck<W, R> {
  /** Reads the employees again; throws when nothing could be read. */
  read(client: B24Client, userIds: readonly number[]): Promise<ReadBack<R>>
  /** A later read (of the employees the earlier one missed) added to an earlier one. */
  merge(earlier: R, later: R): R
  judge(read: R, write: W): Verdict
  /** Puts the read into the screen's caches (undefined: nothing could be read); `asked`: the one write of a single change. */
  show(queryClient: QueryClient, read: R | undefined, asked?: W): void
}

/**
 * A kind of write the engine carries: one command per employee and how to check it. A new kind (an
 * import of extensions from a spreadsheet, say) describes these and nothing more.
 */
export interface WriteKind<W, R> {
  userId(write: W): number
  command(write: W): BatchCommand
  check: ReadBackCheck<W, R>
}

import { MAX_BATCH_COMMANDS, type B24Client, type BatchCommand } from '@/api/b24/client.ts'
import { AppError, isTransient, toAppError } from '@/api/b24/errors.ts'
import { sleep } from '@/api/b24/limit-wait.ts'
import { chunk } from '@/lib/chunk.ts'
import { readEmployees } from '../api/read-employees.ts'
import type { Employee } from '../model/types.ts'
import { READ_BACK_TRIES, type BulkProgress, type BulkResult, type SendErrors } from './run-bulk.ts'

export interface Assignment {
  userId: number
  extension: string
}

export interface AssignOutcome {
  results: Map<number, BulkResult>
  /** Employees as read back, for the directory's cache. */
  read: Map<number, Employee>
}

interface Options {
  signal?: AbortSignal
  onProgress?: (progress: BulkProgress) => void
  wait?: (ms: number) => Promise<void>
}

/**
 * Sets many extensions: one user.update per employee, 50 commands a request, one request at a time.
 * Cancel stops before the next request. Everyone sent is read back: what Bitrix24 holds decides.
 */
export async function runAssign(
  client: B24Client,
  assignments: readonly Assignment[],
  { signal, onProgress, wait = sleep }: Options = {},
): Promise<AssignOutcome> {
  const errors: SendErrors = { refused: new Map(), lost: new Map() }
  const sent: Assignment[] = []
  for (const part of chunk(assignments, MAX_BATCH_COMMANDS)) {
    if (signal?.aborted) break
    const commands: Record<string, BatchCommand> = {}
    for (const { userId, extension } of part)
      commands[`x${userId}`] = { method: 'user.update', params: { ID: userId, UF_PHONE_INNER: extension } }
    try {
      const outcomes = await client.batch(commands, { signal })
      for (const { userId } of part) {
        const outcome = outcomes[`x${userId}`]
        if (outcome && !outcome.ok) (outcome.unsure ? errors.lost : errors.refused).set(userId, outcome.error)
      }
    } catch (error) {
      for (const { userId } of part) errors.lost.set(userId, toAppError(error))
    }
    sent.push(...part)
    const failed = errors.refused.size + errors.lost.size
    onProgress?.({ sent: sent.length, total: assignments.length, failed })
  }
  const outcome = await verifyAssign(client, sent, errors, wait)
  for (const { userId } of assignments)
    if (!outcome.results.has(userId)) outcome.results.set(userId, { status: 'skipped' })
  return outcome
}

/** Reads the employees back (again while a read fails for a passing reason) and decides each one. */
export async function verifyAssign(
  client: B24Client,
  assignments: readonly Assignment[],
  errors: SendErrors,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<AssignOutcome> {
  const read = new Map<number, Employee | null>()
  let unread = assignments.map((a) => a.userId)
  for (let attempt = 0; attempt < READ_BACK_TRIES && unread.length > 0; attempt++) {
    if (attempt > 0) await wait(2000 * attempt)
    try {
      const answer = await readEmployees(client, unread)
      for (const [id, employee] of answer.byId) read.set(id, employee)
      unread = unread.filter((id) => answer.failed.has(id))
    } catch (error) {
      if (!isTransient(toAppError(error))) break
    }
  }
  const results = new Map<number, BulkResult>()
  const found = new Map<number, Employee>()
  for (const { userId, extension } of assignments) {
    const employee = read.get(userId)
    if (employee) found.set(userId, employee)
    const refused = errors.refused.get(userId)
    const lost = errors.lost.get(userId)
    if (employee?.extension === extension) results.set(userId, { status: 'done' })
    else if (refused) results.set(userId, { status: 'failed', error: refused })
    else if (employee) results.set(userId, lost ? { status: 'failed', error: lost } : { status: 'unchanged' })
    else results.set(userId, { status: 'unverified', error: lost ?? new AppError({ kind: 'unverified' }) })
  }
  return { results, read: found }
}

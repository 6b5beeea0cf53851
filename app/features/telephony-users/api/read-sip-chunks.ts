import { batchAll } from '@/api/b24/batch-all.ts'
import type { B24Client, BatchCommand, BatchOutcome } from '@/api/b24/client.ts'
import type { AppError } from '@/api/b24/errors.ts'
import { chunk } from '@/lib/chunk.ts'
import type { SipTable } from '../model/types.ts'
import { parseRows, RestSipSettings } from './rest/rest-schemas.ts'
import { toSipSettings } from './rest/to-view-model.ts'

export interface ChunksRead {
  /**
   * Ids missing from their command's answer after the last id it did answer (all of them when it
   * answered none): a portal whose `max_input_vars` is below the command's size drops exactly such a
   * tail, so these may be unread rather than not permitted (docs/bitrix24.md "voximplant.user.get").
   */
  unsure: number[]
  /** The first failure of a command, when any failed. */
  error?: AppError
}

/**
 * One voximplant.user.get command per `size` ids, sent as batches of up to 50 commands; rows go into
 * `table.byId` (a duplicate row: the first wins), the ids of a command that failed into `table.failed`.
 * An approval pending or denied concerns the whole screen: it is thrown. ACCESS_DENIED means none of
 * the command's users may be managed: they are neither failed nor unsure.
 */
export async function readSipChunks(
  client: B24Client,
  userIds: readonly number[],
  size: number,
  table: SipTable,
): Promise<ChunksRead> {
  const commands: Record<string, BatchCommand> = {}
  const chunks = new Map<string, number[]>()
  for (const [index, ids] of chunk(userIds, size).entries()) {
    commands[`s${index}`] = { method: 'voximplant.user.get', params: { USER_ID: ids } }
    chunks.set(`s${index}`, ids)
  }
  const outcomes = await batchAll(client, commands)
  const read: ChunksRead = { unsure: [] }
  for (const [key, outcome] of Object.entries(outcomes))
    takeSipOutcome(outcome, chunks.get(key) ?? [], table, read)
  return read
}

/**
 * A voximplant.user.get answer already in hand (made in another request's batch, by reference to its
 * rows) for `ids`, in the order the command listed them, read as `readSipChunks` reads one of its own.
 * An approval pending or denied is thrown.
 */
export function readSipOutcome(outcome: BatchOutcome, ids: readonly number[], table: SipTable): ChunksRead {
  const read: ChunksRead = { unsure: [] }
  takeSipOutcome(outcome, ids, table, read)
  return read
}

/**
 * One voximplant.user.get command's answer for `ids`, into `table` and `read` (see `readSipChunks`).
 * An approval pending or denied is thrown.
 */
function takeSipOutcome(
  outcome: BatchOutcome,
  ids: readonly number[],
  table: SipTable,
  read: ChunksRead,
): void {
  if (outcome.ok) {
    const answered = new Set<number>()
    for (const row of parseRows(RestSipSettings, outcome.result).rows) {
      const settings = toSipSettings(row)
      answered.add(settings.userId)
      if (!table.byId.has(settings.userId)) table.byId.set(settings.userId, settings)
    }
    read.unsure.push(...unsureTail(ids, answered))
    return
  }
  const kind = outcome.error.kind
  if (kind === 'approval-pending' || kind === 'approval-denied') throw outcome.error
  read.error ??= outcome.error
  // A command that failed for another reason: its users are marked, the other commands' rows are used.
  if (kind !== 'access-denied') for (const id of ids) table.failed.add(id)
}

/** The ids after the last one the answer holds: a variable limit drops a query's tail, never its middle. */
function unsureTail(ids: readonly number[], answered: ReadonlySet<number>): number[] {
  let last = ids.length - 1
  while (last >= 0 && !answered.has(ids[last] ?? -1)) last--
  return ids.slice(last + 1)
}

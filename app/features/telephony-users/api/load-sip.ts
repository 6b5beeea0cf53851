import { batchAll } from '../../../api/b24/batch-all.ts'
import type { B24Client, BatchCommand } from '../../../api/b24/client.ts'
import { chunk } from '../../../lib/chunk.ts'
import { toSipSettings } from './map.ts'
import type { SipTable } from './model.ts'
import { parseRows, SipRow } from './schemas.ts'

/**
 * Ids per voximplant.user.get command. Inside a batch each command is a query string parsed with one
 * variable per id; 250 stays well below PHP's usual max_input_vars (1000) while 10,000 employees still
 * fit in one batch of 40 commands.
 */
export const IDS_PER_COMMAND = 250

/**
 * SIP settings of the given employees, never one call per user. An approval or denial of
 * voximplant.user.get is thrown (it concerns the whole screen); ACCESS_DENIED for a chunk means none of
 * its users may be managed, and ids missing from an answer were silently dropped by Bitrix24 for the same
 * reason. A chunk failing otherwise marks its users `failed`; the other chunks' rows are still used.
 */
export async function loadSip(client: B24Client, userIds: readonly number[]): Promise<SipTable> {
  const commands: Record<string, BatchCommand> = {}
  const chunks = new Map<string, number[]>()
  for (const [index, ids] of chunk(userIds, IDS_PER_COMMAND).entries()) {
    commands[`s${index}`] = { method: 'voximplant.user.get', params: { USER_ID: ids } }
    chunks.set(`s${index}`, ids)
  }
  const table: SipTable = { byId: new Map(), noPermission: new Set(), keptOn: new Set(), failed: new Set() }
  const outcomes = await batchAll(client, commands)
  for (const [key, outcome] of Object.entries(outcomes)) {
    if (outcome.ok) {
      for (const row of parseRows(SipRow, outcome.result).rows) {
        const settings = toSipSettings(row)
        if (!table.byId.has(settings.userId)) table.byId.set(settings.userId, settings) // duplicates: first wins
      }
      continue
    }
    const kind = outcome.error.kind
    if (kind === 'approval-pending' || kind === 'approval-denied') throw outcome.error
    // A chunk that failed for another reason: its users are marked, the other chunks' rows are used.
    if (kind !== 'access-denied') for (const id of chunks.get(key) ?? []) table.failed.add(id)
  }
  if (table.failed.size === userIds.length && userIds.length > 0) {
    const first = Object.values(outcomes).find((outcome) => !outcome.ok)
    if (first && !first.ok) throw first.error // nothing read at all: the screen shows the error with a retry
  }
  for (const id of userIds) if (!table.byId.has(id) && !table.failed.has(id)) table.noPermission.add(id)
  return table
}

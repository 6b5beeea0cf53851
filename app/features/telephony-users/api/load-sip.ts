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
 * its users may be managed, and ids missing from an answer were silently dropped by Bitrix24 for the same reason.
 */
export async function loadSip(client: B24Client, userIds: readonly number[]): Promise<SipTable> {
  const commands: Record<string, BatchCommand> = {}
  for (const [index, ids] of chunk(userIds, IDS_PER_COMMAND).entries()) {
    commands[`s${index}`] = { method: 'voximplant.user.get', params: { USER_ID: ids } }
  }
  const table: SipTable = { byId: new Map(), noPermission: new Set(), keptOn: new Set() }
  const outcomes = await batchAll(client, commands)
  for (const outcome of Object.values(outcomes)) {
    if (outcome.ok) {
      for (const row of parseRows(SipRow, outcome.result).rows) {
        const settings = toSipSettings(row)
        table.byId.set(settings.userId, settings)
      }
    } else if (outcome.error.kind !== 'access-denied') {
      throw outcome.error
    }
  }
  for (const id of userIds) if (!table.byId.has(id)) table.noPermission.add(id)
  return table
}

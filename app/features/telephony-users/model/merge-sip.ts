import type { SipTable } from './types.ts'

/** `session`: the client's session the table is read under (approval belongs to one token). */
export const emptySipTable = (session = 0): SipTable => ({
  byId: new Map(),
  noPermission: new Set(),
  keptOn: new Set(),
  stayedOff: new Set(),
  failed: new Set(),
  session,
})

/**
 * Adds the SIP settings of one chunk of employees as it streams in. A chunk holds other employees than
 * the table, except a row written since (a click's optimistic state): the table's own row wins then.
 */
export function addSipChunk(table: SipTable, piece: SipTable): SipTable {
  const byId = new Map(table.byId)
  for (const [id, settings] of piece.byId) if (!byId.has(id)) byId.set(id, settings)
  const union = (a: Set<number>, b: Set<number>) => (b.size === 0 ? a : new Set([...a, ...b]))
  return {
    byId,
    noPermission: union(table.noPermission, piece.noPermission),
    keptOn: union(table.keptOn, piece.keptOn),
    stayedOff: union(table.stayedOff, piece.stayedOff),
    failed: union(table.failed, piece.failed),
    session: piece.session,
  }
}

import type { PhoneState, SipTable } from './types.ts'

/** Pure updates of the cached SIP table (the cache is never mutated in place). */

export function withPhone(table: SipTable, userId: number, phone: PhoneState): SipTable {
  const current = table.byId.get(userId)
  if (!current) return table
  const byId = new Map(table.byId)
  byId.set(userId, { ...current, phone })
  return { ...table, byId }
}

/**
 * Merges a fresh read of some users into the table. `keptOn` marks users Bitrix24 left on after a
 * successful "off" (today's deactivatePhone turns the phone on: bitrix24.md).
 */
export function mergeRead(
  table: SipTable,
  read: SipTable,
  wanted?: { userId: number; on: boolean },
): SipTable {
  const byId = new Map(table.byId)
  const noPermission = new Set(table.noPermission)
  const keptOn = new Set(table.keptOn)
  const failed = new Set([...table.failed].filter((id) => !read.byId.has(id)))
  for (const id of read.failed) failed.add(id)
  for (const [id, settings] of read.byId) {
    byId.set(id, settings)
    noPermission.delete(id)
    if (settings.phone !== 'on') keptOn.delete(id)
  }
  for (const id of read.noPermission) {
    byId.delete(id)
    noPermission.add(id)
  }
  if (wanted) {
    if (!wanted.on && read.byId.get(wanted.userId)?.phone === 'on') keptOn.add(wanted.userId)
    else keptOn.delete(wanted.userId)
  }
  return { byId, noPermission, keptOn, failed }
}

/** After a full reload, a "kept on" notice stays for users still on. */
export function carryKeptOn(previous: SipTable | undefined, next: SipTable): SipTable {
  if (!previous?.keptOn.size) return next
  const keptOn = new Set([...previous.keptOn].filter((id) => next.byId.get(id)?.phone === 'on'))
  return { ...next, keptOn }
}

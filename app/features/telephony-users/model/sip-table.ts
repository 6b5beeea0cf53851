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
 * successful "off" (today's deactivatePhone turns the phone on); `stayedOff` users it left off after a
 * successful "on" (activatePhone reverts when the SIP account can't be set up). docs/bitrix24.md, "activatePhone".
 */
export function mergeRead(
  table: SipTable,
  read: SipTable,
  wanted?: { userId: number; on: boolean },
): SipTable {
  const byId = new Map(table.byId)
  const noPermission = new Set(table.noPermission)
  const keptOn = new Set(table.keptOn)
  const stayedOff = new Set(table.stayedOff)
  const failed = new Set([...table.failed].filter((id) => !read.byId.has(id)))
  for (const id of read.failed) failed.add(id)
  for (const [id, settings] of read.byId) {
    byId.set(id, settings)
    noPermission.delete(id)
    if (settings.phone !== 'on') keptOn.delete(id)
    else stayedOff.delete(id)
  }
  for (const id of read.noPermission) {
    byId.delete(id)
    noPermission.add(id)
  }
  const phone = wanted ? read.byId.get(wanted.userId)?.phone : undefined
  if (wanted && phone !== undefined) {
    if (!wanted.on && phone === 'on') keptOn.add(wanted.userId)
    else keptOn.delete(wanted.userId)
    if (wanted.on && phone !== 'on') stayedOff.add(wanted.userId)
    else stayedOff.delete(wanted.userId)
  }
  return { byId, noPermission, keptOn, stayedOff, failed, session: table.session }
}

/** After a full reload, a "kept on" or "stayed off" notice stays while the phone is still not as asked. */
export function carryNotApplied(previous: SipTable | undefined, next: SipTable): SipTable {
  if (!previous?.keptOn.size && !previous?.stayedOff.size) return next
  const isOn = (id: number) => next.byId.get(id)?.phone === 'on'
  const keptOn = new Set([...previous.keptOn].filter(isOn))
  const stayedOff = new Set([...previous.stayedOff].filter((id) => next.byId.has(id) && !isOn(id)))
  return { ...next, keptOn, stayedOff }
}

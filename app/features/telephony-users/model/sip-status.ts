import type { AppError } from '@/api/b24/errors.ts'
import type { SipSettings, SipTable } from './types.ts'

/** What the SIP columns of one row show. */
export type SipStatus =
  | { state: 'loading' }
  | { state: 'pending' }
  | { state: 'denied' }
  | { state: 'no-permission' }
  | { state: 'unavailable' }
  | { state: 'ready'; settings: SipSettings; notApplied: NotApplied }

/** A change Bitrix24 answered with success but did not make: the row says so. */
export type NotApplied = 'kept-on' | 'stayed-off' | null

export interface SipSnapshot {
  data: SipTable | undefined
  error: AppError | null
}

/**
 * Approval states win over cached data: after a token refresh Bitrix24 asks again, and settings read
 * with the old token are not presented as current: nothing stale is shown without saying so.
 */
export function sipStatusOf(userId: number, { data, error }: SipSnapshot): SipStatus {
  if (error?.kind === 'approval-pending') return { state: 'pending' }
  if (error?.kind === 'approval-denied') return { state: 'denied' }
  const settings = data?.byId.get(userId)
  if (settings) return { state: 'ready', settings, notApplied: notAppliedOf(userId, data) }
  if (data?.noPermission.has(userId)) return { state: 'no-permission' }
  if (data?.failed.has(userId)) return { state: 'unavailable' }
  return error ? { state: 'unavailable' } : { state: 'loading' }
}

function notAppliedOf(userId: number, table: SipTable | undefined): NotApplied {
  if (table?.keptOn.has(userId)) return 'kept-on'
  if (table?.stayedOff.has(userId)) return 'stayed-off'
  return null
}

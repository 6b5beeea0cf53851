import type { PhoneState } from '../model/types.ts'
import type { ActivityEntry } from './last-call.ts'

const DAY_MS = 86_400_000

/** How recently an employee called, as the column and the filters tell it. */
export type Recency = 'recent' | 'idle-30' | 'idle-90' | 'never' | 'unknown'

/** recent: within 30 days; idle-30: 30 to 90 days ago; idle-90: longer ago. */
export function recencyOf(entry: ActivityEntry | undefined, now: number): Recency {
  if (!entry) return 'unknown'
  if (entry.kind === 'never') return 'never'
  if (entry.kind !== 'call') return 'unknown'
  const age = now - entry.call.startedAt
  return age <= 30 * DAY_MS ? 'recent' : age <= 90 * DAY_MS ? 'idle-30' : 'idle-90'
}

/** The activity filters: phones that are on and unused for a while, and people who never called. */
export type ActivityFilter = 'all' | 'unused-30' | 'unused-90' | 'never'
export const ACTIVITY_FILTERS: readonly ActivityFilter[] = ['all', 'unused-30', 'unused-90', 'never']

/**
 * Whether an employee matches. "Unused" needs the phone on and a known answer: no call in the period,
 * or never; an employee whose calls could not be read is in no filter but `all`.
 */
export function matchesActivity(
  filter: ActivityFilter,
  entry: ActivityEntry | undefined,
  phone: PhoneState | undefined,
  now: number,
): boolean {
  if (filter === 'all') return true
  const recency = recencyOf(entry, now)
  if (filter === 'never') return recency === 'never'
  if (phone !== 'on') return false
  if (filter === 'unused-90') return recency === 'idle-90' || recency === 'never'
  return recency === 'idle-30' || recency === 'idle-90' || recency === 'never'
}

import { skipToken, useQuery, type DataTag } from '@tanstack/react-query'
import type { AppError } from '@/api/b24/errors.ts'
import { telephonyKeys } from '../api/query-keys.ts'
import type { ActivityScan } from './read-last-calls.ts'

/** Scans are asked for, never fetched on their own: the key only holds what the last scans read. */
export const activityKey = [...telephonyKeys.all, 'activity'] as unknown as DataTag<
  readonly ['telephony-users', 'activity'],
  ActivityScan,
  AppError
>

/** A later scan of some employees updates theirs and keeps the others'. */
export function mergeScans(previous: ActivityScan | undefined, next: ActivityScan): ActivityScan {
  if (!previous) return next
  const byId = new Map(previous.byId)
  for (const [id, entry] of next.byId) byId.set(id, entry)
  return { ...next, byId }
}

/** What the scans so far read; undefined until the first one finishes. */
export function useActivity(): ActivityScan | undefined {
  return useQuery<ActivityScan, AppError>({
    queryKey: activityKey,
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
  }).data
}

import type { TFunction } from 'i18next'
import { recencyOf } from '@/features/telephony-users/activity/classify.ts'
import type { ActivityEntry } from '@/features/telephony-users/activity/last-call.ts'

/**
 * One employee's last call as words: the date and direction, "no calls in 90 days", "never", or why it
 * is not known. `detail` is the date under "no calls in 90 days".
 */
export function lastCallText(
  t: TFunction,
  entry: ActivityEntry | undefined,
  now: number,
  locale: string,
): { text: string; detail?: string } {
  if (!entry) return { text: t('users.noValue') }
  if (entry.kind === 'never') return { text: t('activity.never') }
  if (entry.kind === 'unreadable') return { text: t('activity.unreadable') }
  if (entry.kind === 'failed') return { text: t('activity.notRead') }
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(entry.call.startedAt)
  const when = t('activity.callAt', { date, direction: t(`activity.direction_${entry.call.direction}`) })
  return recencyOf(entry, now) === 'idle-90'
    ? { text: t('activity.noCalls90'), detail: when }
    : { text: when }
}

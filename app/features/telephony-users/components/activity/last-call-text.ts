import type { TFunction } from 'i18next'
import { recencyOf } from '@/features/telephony-users/activity/classify.ts'
import type { ActivityEntry, LastCall } from '@/features/telephony-users/activity/last-call.ts'

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
  const date = dateOf(entry.call, locale)
  const when = t('activity.callAt', { date, direction: t(`activity.direction_${entry.call.direction}`) })
  return recencyOf(entry, now) === 'idle-90'
    ? { text: t('activity.noCalls90'), detail: when }
    : { text: when }
}

const dateOf = (call: LastCall, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(call.startedAt)

/**
 * The same in the table's narrow cell: two short lines instead of one long one (the date, then the
 * direction; or "no calls in 90 days", then the date), and the whole text for its tooltip.
 */
export function lastCallLines(
  t: TFunction,
  entry: ActivityEntry | undefined,
  now: number,
  locale: string,
): { first: string; second?: string; whole: string } {
  const { text, detail } = lastCallText(t, entry, now, locale)
  const whole = detail ? `${text} · ${detail}` : text
  if (entry?.kind !== 'call') return { first: text, whole }
  const date = dateOf(entry.call, locale)
  return detail
    ? { first: text, second: date, whole }
    : { first: date, second: t(`activity.direction_${entry.call.direction}`), whole }
}

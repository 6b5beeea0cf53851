import { useTranslation } from 'react-i18next'
import type { ActivityEntry } from '@/features/telephony-users/activity/last-call.ts'
import classes from '../row/row.module.css'
import { lastCallLines } from './last-call-text.ts'
import { columnOf } from '../table-columns.ts'

/** The "Last call" cell, shown once a scan has run: two short lines, the whole text on hover. */
export function LastCallCell({ entry, now }: { entry: ActivityEntry | undefined; now: number }) {
  const { t, i18n } = useTranslation()
  const { first, second, whole } = lastCallLines(t, entry, now, i18n.language)
  return (
    <td {...columnOf('lastCall')} title={whole}>
      <div className={classes.text}>{first}</div>
      {second && <div className={classes.dim}>{second}</div>}
    </td>
  )
}

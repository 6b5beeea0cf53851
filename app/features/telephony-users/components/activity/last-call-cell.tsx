import { useTranslation } from 'react-i18next'
import type { ActivityEntry } from '@/features/telephony-users/activity/last-call.ts'
import classes from '../row/row.module.css'
import { lastCallText } from './last-call-text.ts'

/** The "Last call" cell, shown once a scan has run. */
export function LastCallCell({ entry, now }: { entry: ActivityEntry | undefined; now: number }) {
  const { t, i18n } = useTranslation()
  const { text, detail } = lastCallText(t, entry, now, i18n.language)
  return (
    <td>
      <div className={classes.text} title={detail ? `${text} · ${detail}` : text}>
        {text}
      </div>
      {detail && <div className={classes.text}>{detail}</div>}
    </td>
  )
}

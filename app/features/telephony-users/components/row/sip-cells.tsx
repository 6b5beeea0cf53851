import type { Employee, LineNames } from '@/features/telephony-users/model/types.ts'
import type { SipStatus } from '@/features/telephony-users/model/sip-status.ts'
import { SIP_STATE_TEXT } from './sip-status-text.ts'
import { CopyButton } from './copy-button.tsx'
import { PasswordCell } from './password-cell.tsx'
import classes from './row.module.css'
import { useRowText } from './row-text.tsx'
import { columnOf } from '../table-columns.ts'

const SIP_COLUMNS = ['line', 'server', 'login', 'password'] as const

/** Outgoing line, server, login and password cells of one row. */
export function SipCells({
  employee,
  status,
  lines,
}: {
  employee: Employee
  status: SipStatus
  lines: LineNames
}) {
  const t = useRowText()
  if (status.state !== 'ready') {
    const text = t(SIP_STATE_TEXT[status.state])
    return (
      <>
        {SIP_COLUMNS.map((column) => (
          <td key={column} {...columnOf(column)}>
            <span className={classes.dim}>{text}</span>
          </td>
        ))}
      </>
    )
  }
  const { settings } = status
  const name = employee.fullName
  return (
    <>
      <td {...columnOf('line')}>
        <div className={classes.text}>
          {lineName(settings.defaultLine, lines) ?? t('users.portalDefault')}
        </div>
      </td>
      <td {...columnOf('server')}>
        <CopyableText value={settings.server} label={t('sip.copyServer', { name })} />
      </td>
      <td {...columnOf('login')}>
        <CopyableText value={settings.login} label={t('sip.copyLogin', { name })} />
      </td>
      <td {...columnOf('password')}>
        <PasswordCell password={settings.password} name={name} />
      </td>
    </>
  )
}

/** The line's name where it can be read; the raw id otherwise; null for "portal default". */
export function lineName(lineId: string | null, lines: LineNames): string | null {
  if (lineId === null) return null
  return lines.readable ? (lines.names[lineId] ?? lineId) : lineId
}

function CopyableText({ value, label }: { value: string | null; label: string }) {
  const t = useRowText()
  if (value === null) return <span className={classes.text}>{t('users.noValue')}</span>
  return (
    <div className={classes.line}>
      <span className={classes.text} title={value} translate="no">
        {value}
      </span>
      <CopyButton value={value} label={label} />
    </div>
  )
}

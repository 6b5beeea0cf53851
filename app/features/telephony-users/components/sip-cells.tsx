import type { TFunction } from 'i18next'
import type { Employee, LineNames } from '../api/model.ts'
import { SIP_STATE_TEXT, type SipCell } from '../api/sip-cell.ts'
import { CopyButton } from './copy-button.tsx'
import { PasswordCell } from './password-cell.tsx'
import classes from './row.module.css'

/** Outgoing line, server, login and password cells of one row. */
export function SipCells({
  employee,
  cell,
  lines,
  t,
}: {
  employee: Employee
  cell: SipCell
  lines: LineNames
  t: TFunction
}) {
  if (cell.state !== 'ready') {
    const text = t(SIP_STATE_TEXT[cell.state])
    return (
      <>
        {[0, 1, 2, 3].map((column) => (
          <td key={column}>
            <span className={classes.dim}>{text}</span>
          </td>
        ))}
      </>
    )
  }
  const { settings } = cell
  const name = employee.fullName
  return (
    <>
      <td>
        <div className={classes.text}>
          {lineName(settings.defaultLine, lines) ?? t('users.portalDefault')}
        </div>
      </td>
      <td>
        <CopyableText value={settings.server} label={t('sip.copyServer', { name })} t={t} />
      </td>
      <td>
        <CopyableText value={settings.login} label={t('sip.copyLogin', { name })} t={t} />
      </td>
      <td>
        <PasswordCell password={settings.password} name={name} t={t} />
      </td>
    </>
  )
}

/** The line's name where it can be read; the raw id otherwise; null for "portal default". */
export function lineName(lineId: string | null, lines: LineNames): string | null {
  if (lineId === null) return null
  return lines.readable ? (lines.names[lineId] ?? lineId) : lineId
}

function CopyableText({ value, label, t }: { value: string | null; label: string; t: TFunction }) {
  if (value === null) return <span className={classes.text}>{t('users.noValue')}</span>
  return (
    <div className={classes.line}>
      <span className={classes.text} title={value}>
        {value}
      </span>
      <CopyButton value={value} label={label} t={t} />
    </div>
  )
}

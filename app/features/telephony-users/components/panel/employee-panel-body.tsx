import type { ReactNode } from 'react'
import type { SipStatus } from '@/features/telephony-users/model/sip-status.ts'
import type { Department, Employee, LineNames } from '@/features/telephony-users/model/types.ts'
import { CopyButton } from '../row/copy-button.tsx'
import { Avatar } from '../row/employee-cell.tsx'
import { EmployeePanelLinks } from './employee-panel-links.tsx'
import classes from './employee-panel.module.css'
import { PasswordCell } from '../row/password-cell.tsx'
import { useRowText } from '../row/row-text.tsx'
import { lineName } from '../row/sip-cells.tsx'
import { SIP_STATE_TEXT } from '../row/sip-status-text.ts'

/** Photo, position, departments, extension and the SIP settings, as label–value pairs; then the links. */
export function EmployeePanelBody({
  employee,
  departments,
  lines,
  status,
  extension,
  phoneSwitch,
}: {
  employee: Employee
  departments: Department[]
  lines: LineNames
  status: SipStatus
  /** The extension with its label and editor (components/extension-field.tsx). */
  extension: ReactNode
  /** The employee's phone switch, as the table's row has it. */
  phoneSwitch: ReactNode
}) {
  const t = useRowText()
  const name = employee.fullName
  const none = t('users.noValue')
  // Until SIP settings are readable, each of their fields says why (as the table's cells do).
  const sip = status.state === 'ready' ? status.settings : null
  const sipText = status.state === 'ready' ? '' : t(SIP_STATE_TEXT[status.state])
  return (
    <div className={classes.body}>
      <div className={classes.person}>
        <Avatar employee={employee} large />
        <p className={classes.position}>{employee.position || none}</p>
      </div>
      {extension}
      <dl className={classes.fields}>
        <Field label={t('panel.departments')}>
          {departments.length > 0 ? departments.map((d) => d.name).join(', ') : none}
        </Field>
        <Field label={t('users.columns.line')}>
          {sip ? (lineName(sip.defaultLine, lines) ?? t('users.portalDefault')) : sipText}
        </Field>
        <Field label={t('users.columns.phone')}>{phoneSwitch}</Field>
        <Field label={t('users.columns.server')}>
          {sip ? <Copyable value={sip.server} label={t('sip.copyServer', { name })} /> : sipText}
        </Field>
        <Field label={t('users.columns.login')}>
          {sip ? <Copyable value={sip.login} label={t('sip.copyLogin', { name })} /> : sipText}
        </Field>
        <Field label={t('users.columns.password')}>
          {sip ? <PasswordCell password={sip.password} name={name} /> : sipText}
        </Field>
      </dl>
      <EmployeePanelLinks employee={employee} />
    </div>
  )
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={classes.field}>
      <dt className={classes.label}>{label}</dt>
      <dd className={classes.value}>{children}</dd>
    </div>
  )
}

/** A value shown whole (it wraps), with its copy button. */
function Copyable({ value, label }: { value: string | null; label: string }) {
  const t = useRowText()
  if (value === null) return t('users.noValue')
  return (
    <span className={classes.copyable}>
      <span className={classes.wrap}>{value}</span>
      <CopyButton value={value} label={label} />
    </span>
  )
}

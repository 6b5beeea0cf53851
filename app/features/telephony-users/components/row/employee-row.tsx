import { lazy, memo, Suspense } from 'react'
import type { ActivityEntry } from '@/features/telephony-users/activity/last-call.ts'
import type { AppError } from '@/api/b24/errors.ts'
import type { Department, Employee, LineNames, SipTable } from '@/features/telephony-users/model/types.ts'
import { sipStatusOf } from '@/features/telephony-users/model/sip-status.ts'
import { EmployeeCell } from './employee-cell.tsx'
import { ExtensionCell } from '../extension/extension-cell.tsx'
import { PhoneSwitch } from './phone-switch.tsx'
import { RowCheckbox } from './row-controls.tsx'
import classes from './row.module.css'
import { useRowText } from './row-text.tsx'
import { SipCells } from './sip-cells.tsx'
import { withLaterTexts } from '@/i18n/i18n.ts'
import { columnOf } from '../table-columns.ts'

export const ROW_HEIGHT = 56

// Shown only after an activity scan: not part of the first screen's bundle.
const LastCallCell = lazy(
  withLaterTexts(() => import('../activity/last-call-cell.tsx').then((m) => ({ default: m.LastCallCell }))),
)

/**
 * One employee's row. Memoised on stable props: scrolling mounts the rows coming into view and leaves
 * the others alone. Every row gets the whole SIP table, so any change to it (a load, a switch, a read
 * back) re-renders every row on screen; windowing keeps that to the few dozen rows in view.
 */
export const EmployeeRow = memo(function EmployeeRow({
  employee,
  index,
  departments,
  lines,
  sip,
  sipError,
  selected,
  onSelect,
  onOpen,
  lastCall,
  scannedAt,
}: {
  employee: Employee
  index: number
  departments: Map<number, Department>
  lines: LineNames
  sip: SipTable | undefined
  sipError: AppError | null
  selected: boolean
  onSelect: (ids: readonly number[], checked: boolean) => void
  /** Opens the employee's panel; stable (a state setter), so the memo holds. */
  onOpen: (id: number) => void
  /** The employee's last call, and when the scan read it; no column before any scan. */
  lastCall?: ActivityEntry | undefined
  scannedAt?: number | undefined
}) {
  const t = useRowText()
  const status = sipStatusOf(employee.id, { data: sip, error: sipError })
  const departmentNames = employee.departmentIds.map((id) => departments.get(id)?.name ?? `#${id}`).join(', ')
  return (
    <tr aria-rowindex={index + 2} style={{ height: ROW_HEIGHT }} data-selected={selected || undefined}>
      <td>
        <RowCheckbox
          aria-label={t('bulk.selectRow', { name: employee.fullName })}
          checked={selected}
          onChange={(event) => onSelect([employee.id], event.currentTarget.checked)}
        />
      </td>
      <td {...columnOf('employee')}>
        <EmployeeCell employee={employee} onOpen={onOpen} />
      </td>
      <td {...columnOf('department')}>
        <div className={classes.text} title={departmentNames}>
          {departmentNames}
        </div>
      </td>
      <td {...columnOf('extension')}>
        <ExtensionCell employee={employee} />
      </td>
      <td {...columnOf('phone')}>
        <PhoneSwitch employee={employee} status={status} />
      </td>
      <SipCells employee={employee} status={status} lines={lines} />
      {scannedAt !== undefined && (
        <Suspense fallback={<td {...columnOf('lastCall')} />}>
          <LastCallCell entry={lastCall} now={scannedAt} />
        </Suspense>
      )}
    </tr>
  )
})

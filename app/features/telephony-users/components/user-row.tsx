import { Checkbox, Table, Text } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '../../../api/b24/errors.ts'
import type { Department, Employee, LineNames, SipTable } from '../api/model.ts'
import { sipCellOf } from '../api/sip-cell.ts'
import { EmployeeCell } from './employee-cell.tsx'
import { PhoneSwitch } from './phone-switch.tsx'
import { SipCells } from './sip-cells.tsx'

export const ROW_HEIGHT = 56

/**
 * One employee's row. Memoised on stable props: scrolling mounts the rows coming into view and leaves
 * the others alone, and a change to one employee's SIP settings re-renders the rows whose data changed.
 */
export const UserRow = memo(function UserRow({
  employee,
  index,
  departments,
  lines,
  sip,
  sipError,
  selected,
  onSelect,
}: {
  employee: Employee
  index: number
  departments: Map<number, Department>
  lines: LineNames
  sip: SipTable | undefined
  sipError: AppError | null
  selected: boolean
  onSelect: (ids: number[], checked: boolean) => void
}) {
  const { t } = useTranslation()
  const cell = sipCellOf(employee.id, { data: sip, error: sipError })
  return (
    <Table.Tr aria-rowindex={index + 2} style={{ height: ROW_HEIGHT }}>
      <Table.Td>
        <Checkbox
          aria-label={t('bulk.selectRow', { name: employee.fullName })}
          checked={selected}
          onChange={(event) => onSelect([employee.id], event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>
        <EmployeeCell employee={employee} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate="end">
          {employee.departmentIds.map((id) => departments.get(id)?.name ?? `#${id}`).join(', ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{employee.extension ?? t('users.noValue')}</Text>
      </Table.Td>
      <Table.Td>
        <PhoneSwitch employee={employee} cell={cell} />
      </Table.Td>
      <SipCells employee={employee} cell={cell} lines={lines} />
    </Table.Tr>
  )
})

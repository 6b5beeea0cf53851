import { Checkbox, Table, UnstyledButton } from '@mantine/core'
import { useWindowedRows } from '@/lib/windowed-rows.ts'
import { memo, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActivityScan } from '../activity/read-last-calls.ts'
import type { Department, Employee, LineNames } from '../model/types.ts'
import type { SipSnapshot } from '../model/sip-status.ts'
import type { SortColumn } from '../view/table-view.ts'
import { EmployeeRow, ROW_HEIGHT } from './row/employee-row.tsx'
import { RowTextProvider } from './row/row-text.tsx'
import { columnOf, type ColumnId } from './table-columns.ts'
import classes from './users-table.module.css'

/**
 * The list's height cap: a fixed one, not a share of the viewport, since the portal fits its iframe to
 * the content (fitWindow). A long list fills it, less its 1 px border above and below.
 */
const SCROLLER_MAX_HEIGHT = 640
const SCROLLER_HEIGHT = SCROLLER_MAX_HEIGHT - 2

/** Columns in order, with the sort each header offers; the last call's column follows after a scan. */
const COLUMNS: ReadonlyArray<{ id: Exclude<ColumnId, 'lastCall'>; sort?: SortColumn }> = [
  { id: 'employee', sort: 'name' },
  { id: 'department', sort: 'department' },
  { id: 'extension', sort: 'extension' },
  { id: 'phone', sort: 'phone' },
  { id: 'line' },
  { id: 'server' },
  { id: 'login' },
  { id: 'password' },
]

/**
 * A real table for assistive technology (rows are `row`s, with their index in the whole list), of which
 * only the rows on screen are in the DOM: it stays smooth with tens of thousands of employees.
 */
export function UsersTable({
  employees,
  departments,
  lines,
  sip,
  sort,
  onSort,
  selected,
  onSelect,
  onOpen,
  activity,
  listKey,
}: {
  employees: Employee[]
  departments: Map<number, Department>
  lines: LineNames
  sip: SipSnapshot
  sort: { sort: SortColumn; descending: boolean }
  onSort: (column: SortColumn) => void
  selected: ReadonlySet<number>
  onSelect: (ids: readonly number[], checked: boolean) => void
  /** Opens an employee's panel (stable: the rows are memoised). */
  onOpen: (id: number) => void
  /** Once a scan has run, the last column holds each employee's last call. */
  activity?: ActivityScan | undefined
  /** What picked and ordered `employees` (a search, a filter, a sort): a new one shows them from the top. */
  listKey?: string
}) {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = useWindowedRows(scrollRef, employees.length, ROW_HEIGHT, {
    height: SCROLLER_HEIGHT,
    resetKey: listKey,
  })
  const before = rows.start * ROW_HEIGHT
  const after = (employees.length - rows.end) * ROW_HEIGHT
  // Counted once per list and selection, not on each render: scrolling re-renders the table, and a
  // scan of 20,000 employees for the header's box took several ms of every scroll step and keystroke.
  const selectedShown = useMemo(() => {
    let count = 0
    if (selected.size > 0) for (const employee of employees) if (selected.has(employee.id)) count++
    return count
  }, [employees, selected])
  const allSelected = employees.length > 0 && selectedShown === employees.length

  return (
    // A named region: the scrolling list is a place to jump to, and tests find it by its name.
    <div
      ref={scrollRef}
      className={classes.scroller}
      style={{ maxHeight: SCROLLER_MAX_HEIGHT }}
      role="region"
      aria-label={t('users.listRegion')}
    >
      <Table
        className={classes.table}
        aria-label={t('users.tableLabel')}
        aria-rowcount={employees.length + 1}
        // The column rules count the last call's width once it is there.
        data-last-call={activity ? '' : undefined}
        stickyHeader
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th scope="col" className={classes.select}>
              <Checkbox
                aria-label={t('bulk.selectAll', { count: employees.length })}
                checked={allSelected}
                indeterminate={selectedShown > 0 && !allSelected}
                onChange={(event) =>
                  onSelect(
                    employees.map((e) => e.id),
                    event.currentTarget.checked,
                  )
                }
              />
            </Table.Th>
            <ColumnHeaders
              sort={sort.sort}
              descending={sort.descending}
              onSort={onSort}
              withLastCall={activity !== undefined}
            />
          </Table.Tr>
        </Table.Thead>
        <RowTextProvider t={t}>
          <Table.Tbody>
            {before > 0 && <tr aria-hidden style={{ height: before }} />}
            {employees.slice(rows.start, rows.end).map((employee, offset) => (
              <EmployeeRow
                key={employee.id}
                employee={employee}
                index={rows.start + offset}
                departments={departments}
                lines={lines}
                sip={sip.data}
                sipError={sip.error}
                selected={selected.has(employee.id)}
                onSelect={onSelect}
                onOpen={onOpen}
                lastCall={activity?.byId.get(employee.id)}
                scannedAt={activity?.readAt}
              />
            ))}
            {after > 0 && <tr aria-hidden style={{ height: after }} />}
          </Table.Tbody>
        </RowTextProvider>
      </Table>
    </div>
  )
}

/**
 * The column headers: the same through every keystroke and every batch that lands (the table around
 * them renders again with each), so they render again only when the sort changes or a scan adds a column.
 */
const ColumnHeaders = memo(function ColumnHeaders({
  sort,
  descending,
  onSort,
  withLastCall,
}: {
  sort: SortColumn
  descending: boolean
  /** Stable (`useTableView`'s `sortBy`), or the memo would not hold. */
  onSort: (column: SortColumn) => void
  withLastCall: boolean
}) {
  const { t } = useTranslation()
  return (
    <>
      {COLUMNS.map((column) => {
        const label = t(`users.columns.${column.id}`)
        const columnSort = column.sort
        if (!columnSort)
          return (
            <Table.Th key={column.id} scope="col" className={classes[column.id]} {...columnOf(column.id)}>
              {label}
            </Table.Th>
          )
        const active = sort === columnSort
        return (
          <Table.Th
            key={column.id}
            scope="col"
            className={classes[column.id]}
            {...columnOf(column.id)}
            aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
          >
            <UnstyledButton className={classes.sortButton} onClick={() => onSort(columnSort)}>
              {label}
              <span aria-hidden>{active ? (descending ? ' ▼' : ' ▲') : ''}</span>
            </UnstyledButton>
          </Table.Th>
        )
      })}
      {withLastCall && (
        <Table.Th scope="col" className={classes.lastCall} {...columnOf('lastCall')}>
          {t('activity.column')}
        </Table.Th>
      )}
    </>
  )
})

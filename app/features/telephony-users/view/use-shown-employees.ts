import { useDeferredValue, useMemo, useState } from 'react'
import type { Directory, Employee, SipTable } from '../model/types.ts'
import { conflictsOf } from '../model/extension-conflicts.ts'
import { toSearchable, type Searchable } from './search.ts'
import { createIncrementalSort } from './incremental-sort.ts'
import { applyView, employeeOrder, type TableView } from './table-view.ts'

/**
 * The employees the table shows, in order, and the view they were picked by. The view is deferred so
 * typing stays responsive; the list is sorted once per (data, column), and a keystroke only filters the
 * sorted list. SIP settings stream in chunk by chunk: the list is sorted or filtered again for them only
 * when the view reads them.
 */
export function useShownEmployees(
  directory: Directory,
  sip: SipTable | undefined,
  view: TableView,
  locale: string,
): { employees: Employee[]; view: TableView } {
  const deferredView = useDeferredValue(view)
  const { sort, descending } = deferredView
  const { employees, departments } = directory
  const searchable = useMemo(() => toSearchable(employees), [employees])
  const sortSip = sort === 'phone' ? sip : undefined
  // Department names are read only when sorting by department: other orders keep merging while they load.
  const sortDepartments = sort === 'department' ? departments : undefined
  const [sortIncrementally] = useState(createIncrementalSort<Searchable>)
  const sorted = useMemo(
    () =>
      sortIncrementally(
        searchable,
        employeeOrder({ departments: sortDepartments ?? departments }, sortSip, { sort, descending }, locale),
        [sort, descending, locale, sortDepartments, sortSip],
      ),
    [sortIncrementally, searchable, departments, sortDepartments, sortSip, sort, descending, locale],
  )
  const filterSip = deferredView.phone === 'all' ? undefined : sip
  const shown = useMemo(
    () => applyView(sorted, deferredView, departments, filterSip, conflictsOf(employees).shared),
    [sorted, deferredView, departments, filterSip, employees],
  )
  return { employees: shown, view: deferredView }
}

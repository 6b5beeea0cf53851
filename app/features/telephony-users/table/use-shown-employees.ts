import { useDeferredValue, useMemo } from 'react'
import type { Directory, Employee, SipTable } from '../model/types.ts'
import { conflictsOf } from './extension-conflicts.ts'
import { toSearchable } from './search.ts'
import { applyView, sortEmployees, type TableView } from './table-view.ts'

/**
 * The employees the table shows, in order. The view is deferred so typing stays responsive; the list
 * is sorted once per (data, column), and a keystroke only filters the sorted list. SIP settings stream
 * in chunk by chunk: the list is sorted or filtered again for them only when the view reads them.
 */
export function useShownEmployees(
  directory: Directory,
  sip: SipTable | undefined,
  view: TableView,
  locale: string,
): Employee[] {
  const deferredView = useDeferredValue(view)
  const { sort, descending } = deferredView
  const { employees, departments } = directory
  const searchable = useMemo(() => toSearchable(employees), [employees])
  const sortSip = sort === 'phone' ? sip : undefined
  const sorted = useMemo(
    () => sortEmployees(searchable, { departments }, sortSip, { sort, descending }, locale),
    [searchable, departments, sortSip, sort, descending, locale],
  )
  const filterSip = deferredView.phone === 'all' ? undefined : sip
  return useMemo(
    () => applyView(sorted, deferredView, departments, filterSip, conflictsOf(employees).shared),
    [sorted, deferredView, departments, filterSip, employees],
  )
}

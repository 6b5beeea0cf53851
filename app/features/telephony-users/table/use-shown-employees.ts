import { useDeferredValue, useMemo } from 'react'
import type { Directory, Employee, SipTable } from '../model/types.ts'
import { toSearchable } from './search.ts'
import { applyView, sortEmployees, type TableView } from './table-view.ts'

/**
 * The employees the table shows, in order. The view is deferred so typing stays responsive; the list
 * is sorted once per (data, column), and a keystroke only filters the sorted list.
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
  const sorted = useMemo(
    () => sortEmployees(searchable, directory, sip, { sort, descending }, locale),
    [searchable, directory, sip, sort, descending, locale],
  )
  return useMemo(
    () => applyView(sorted, deferredView, departments, sip),
    [sorted, deferredView, departments, sip],
  )
}

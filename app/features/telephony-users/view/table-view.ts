import type { Department, Directory, Employee, PhoneState, SipTable } from '../model/types.ts'
import { searchMatcher, type Searchable } from './search.ts'
import { memoByKey } from '@/lib/memo-by-key.ts'

export type SortColumn = 'name' | 'department' | 'extension' | 'phone'

/** What the user narrowed the table to. Persisted between visits: it never holds a secret. */
export interface TableView {
  search: string
  /** A department and all its sub-departments; null for everyone. */
  departmentId: number | null
  phone: 'all' | 'on' | 'off' | 'not-set'
  /** `shared`: employees whose extension another active employee holds too. */
  extension: 'all' | 'with' | 'without' | 'shared'
  sort: SortColumn
  descending: boolean
}

export const defaultView: TableView = {
  search: '',
  departmentId: null,
  phone: 'all',
  extension: 'all',
  sort: 'name',
  descending: false,
}

/** The department and every department below it. */
export function subtree(departments: Map<number, Department>, rootId: number): Set<number> {
  const children = new Map<number, number[]>()
  for (const department of departments.values()) {
    if (department.parentId === null) continue
    children.set(department.parentId, [...(children.get(department.parentId) ?? []), department.id])
  }
  const found = new Set<number>([rootId])
  const queue = [rootId]
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const child of children.get(id) ?? []) {
      if (!found.has(child)) {
        found.add(child)
        queue.push(child)
      }
    }
  }
  return found
}

const PHONE_ORDER: Record<PhoneState, number> = { on: 0, off: 1, 'not-set': 2, unknown: 3 }

/** One collator per language: making one loads the language's collation rules, which is not cheap. */
const collatorFor = memoByKey(
  (locale: string) => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }),
)

/** The table's order for one column (ties by ID): what `sortEmployees` sorts by, and merges use. */
export function employeeOrder(
  directory: Pick<Directory, 'departments'>,
  sip: SipTable | undefined,
  view: Pick<TableView, 'sort' | 'descending'>,
  locale: string,
): (a: Searchable, b: Searchable) => number {
  const collator = collatorFor(locale)
  const department = (e: Employee) => directory.departments.get(e.departmentIds[0] ?? -1)?.name ?? '\uffff'
  function sortKey(e: Employee): string | number {
    if (view.sort === 'department') return department(e)
    if (view.sort === 'extension') return e.extension ?? '\uffff'
    if (view.sort === 'phone') return PHONE_ORDER[sip?.byId.get(e.id)?.phone ?? 'unknown']
    return e.fullName
  }
  return (a, b) => {
    const keyA = sortKey(a.employee)
    const keyB = sortKey(b.employee)
    const order =
      typeof keyA === 'number' && typeof keyB === 'number'
        ? keyA - keyB
        : collator.compare(String(keyA), String(keyB))
    return (view.descending ? -order : order) || a.employee.id - b.employee.id
  }
}

/** Sorted once per (data, column): a keystroke then filters an already ordered list. */
export function sortEmployees(
  items: readonly Searchable[],
  directory: Pick<Directory, 'departments'>,
  sip: SipTable | undefined,
  view: Pick<TableView, 'sort' | 'descending'>,
  locale: string,
): Searchable[] {
  return [...items].sort(employeeOrder(directory, sip, view, locale))
}

/** Filters and search together, on a list already sorted; `shared` are the employees sharing an extension. */
export function applyView(
  sorted: readonly Searchable[],
  view: TableView,
  departments: Map<number, Department>,
  sip: SipTable | undefined,
  shared: ReadonlySet<number> = new Set(),
): Employee[] {
  const inDepartment = view.departmentId === null ? null : subtree(departments, view.departmentId)
  const matches = searchMatcher(view.search)
  // One pass over up to 20,000 rows for every keystroke: no intermediate lists.
  const shown: Employee[] = []
  for (const item of sorted) {
    const { employee } = item
    if (inDepartment && !employee.departmentIds.some((id) => inDepartment.has(id))) continue
    if (view.extension === 'with' && !employee.extension) continue
    if (view.extension === 'without' && employee.extension) continue
    if (view.extension === 'shared' && !shared.has(employee.id)) continue
    if (view.phone !== 'all' && !phoneMatches(view.phone, sip?.byId.get(employee.id)?.phone)) continue
    if (matches && !matches(item)) continue
    shown.push(employee)
  }
  return shown
}

/** "Off" includes unknown values: Bitrix24 treats anything but "Y" as off. */
function phoneMatches(filter: Exclude<TableView['phone'], 'all'>, phone: PhoneState | undefined): boolean {
  if (filter === 'on') return phone === 'on'
  if (filter === 'off') return phone === 'off' || phone === 'unknown'
  return phone === 'not-set'
}

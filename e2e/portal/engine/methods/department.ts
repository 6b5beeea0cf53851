import { phpArray, phpInt, phpValues, upperKeys } from '../php.ts'
import type { Department } from '../types.ts'
import type { MethodAnswer, MethodHandler } from './context.ts'
import { numberedPage } from './paging.ts'

const FIELDS = ['ID', 'NAME', 'SORT', 'PARENT', 'UF_HEAD'] as const
type Field = (typeof FIELDS)[number]

/**
 * department.get as Bitrix24's server code runs it (docs/bitrix24.md "department.get"): a `FILTER` array replaces the query; filter names are exact
 * (`ID`, `NAME`, `SORT`, `PARENT`, `UF_HEAD`), while `sort`/`order` are read in any case, so an
 * upper-case `SORT: "NAME"` both orders and filters; only globally active departments, in tree order
 * (LEFT_MARGIN) unless sorted; old-API paging.
 */
export const departmentGet: MethodHandler = (params, ctx) => {
  const query = phpArray(params.FILTER) ?? params
  const tests: Array<(d: Department) => boolean> = []
  const numeric = (name: Field, read: (d: Department) => number | null) => {
    if (query[name] === undefined) return
    const wanted = new Set(phpValues(query[name]).map(phpInt))
    tests.push((d) => wanted.has(read(d) ?? 0))
  }
  numeric('ID', (d) => d.id)
  numeric('SORT', (d) => d.sort)
  numeric('UF_HEAD', (d) => d.head)
  const parent = query.PARENT
  if (parent !== undefined && phpArray(parent) === undefined && phpInt(parent) <= 0)
    tests.push((d) => d.parent === null) // a PARENT of 0 or less asks for top-level departments
  else numeric('PARENT', (d) => d.parent)
  if (query.NAME !== undefined && String(query.NAME) !== '') {
    const patterns = phpValues(query.NAME).map((name) => sqlLike(String(name)))
    tests.push((d) => patterns.some((pattern) => pattern.test(d.name)))
  }
  const visible = globallyActive(ctx.data.departments)
  const found = treeOrder(ctx.data.departments).filter(
    (d) => visible.has(d.id) && tests.every((test) => test(d)),
  )
  const { field, desc } = sortOf(upperKeys(query))
  const sorted = field === undefined ? found : sortBy(found, field, desc)
  const { page, total, next } = numberedPage(sorted, ctx.start)
  const answer: MethodAnswer = { result: page.map(restDepartment) }
  if (next !== undefined) answer.next = next
  if (total !== undefined) answer.total = total
  return answer
}

export function restDepartment(d: Department): Record<string, unknown> {
  const out: Record<string, unknown> = { ID: String(d.id), NAME: d.name, SORT: d.sort }
  if (d.parent !== null) out.PARENT = String(d.parent)
  if (d.head !== null) out.UF_HEAD = String(d.head)
  return out
}

function sortOf(query: Record<string, unknown>): { field: Field | undefined; desc: boolean } {
  const name = typeof query.SORT === 'string' ? query.SORT.toUpperCase() : ''
  const field = FIELDS.find((f) => f === name)
  const desc = typeof query.ORDER === 'string' && query.ORDER.toUpperCase() === 'DESC'
  return { field, desc }
}

function sortBy(list: Department[], field: Field, desc: boolean): Department[] {
  const read = (d: Department): string | number =>
    field === 'NAME'
      ? d.name
      : field === 'SORT'
        ? d.sort
        : field === 'PARENT'
          ? (d.parent ?? 0)
          : field === 'UF_HEAD'
            ? (d.head ?? 0)
            : d.id
  const sign = desc ? -1 : 1
  return [...list].sort((a, b) => {
    const left = read(a)
    const right = read(b)
    return left < right ? -sign : left > right ? sign : 0
  })
}

/** NAME is SQL LIKE with no wildcards added: the whole name, any case, `%` and `_` as wildcards. */
function sqlLike(pattern: string): RegExp {
  const source = [...pattern]
    .map((char) => (char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`, 'isu')
}

/** Departments that are active with every parent up to the root (GLOBAL_ACTIVE). */
function globallyActive(departments: readonly Department[]): Set<number> {
  const byId = new Map(departments.map((d) => [d.id, d]))
  const out = new Set<number>()
  for (const d of departments) {
    let at: Department | undefined = d
    while (at?.active && at.parent !== null) at = byId.get(at.parent)
    if (at?.active) out.add(d.id)
  }
  return out
}

/** LEFT_MARGIN order: depth first, siblings by SORT then NAME (the iblock tree's re-sort). */
function treeOrder(departments: readonly Department[]): Department[] {
  const children = new Map<number | null, Department[]>()
  for (const d of departments) {
    const list = children.get(d.parent) ?? []
    list.push(d)
    children.set(d.parent, list)
  }
  const out: Department[] = []
  const visit = (parent: number | null) => {
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) => a.sort - b.sort || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    )
    for (const d of list) {
      out.push(d)
      visit(d.id)
    }
  }
  visit(null)
  return out
}

import { phpInt, phpValues } from '../php.ts'
import type { Department } from '../types.ts'
import type { MethodAnswer, MethodHandler } from './context.ts'
import { paginate, sortSpec } from './paging.ts'

const SORTABLE = ['ID', 'NAME', 'SORT', 'PARENT', 'UF_HEAD'] as const
type Sortable = (typeof SORTABLE)[number]

/**
 * department.get (docs: api-reference/departments/department-get.md): filters are top-level
 * parameters (ID, NAME as the full name, SORT, PARENT, UF_HEAD); in the answer ID/PARENT/UF_HEAD
 * are strings and SORT a number; the root has no PARENT, a department without a head no UF_HEAD.
 */
export const departmentGet: MethodHandler = (params, ctx) => {
  // `sort` (the field to order by) and the SORT filter collide once names are upper-cased:
  // a field name orders, a number filters.
  const sortBy =
    typeof params.SORT === 'string' && isSortable(params.SORT.toUpperCase()) ? params.SORT : undefined
  const tests: Array<(d: Department) => boolean> = []
  const numeric = (name: Sortable, read: (d: Department) => number | null) => {
    if (params[name] === undefined) return
    const wanted = new Set(phpValues(params[name]).map(phpInt))
    tests.push((d) => wanted.has(read(d) ?? 0))
  }
  numeric('ID', (d) => d.id)
  if (sortBy === undefined) numeric('SORT', (d) => d.sort)
  numeric('PARENT', (d) => d.parent)
  numeric('UF_HEAD', (d) => d.head)
  if (params.NAME !== undefined) {
    const names = new Set(phpValues(params.NAME).map((name) => String(name).toLowerCase()))
    tests.push((d) => names.has(d.name.toLowerCase()))
  }
  const found = ctx.data.departments.filter((d) => tests.every((test) => test(d)))
  const { field, desc } = sortSpec(sortBy, params.ORDER, SORTABLE)
  const { page, total, next } = paginate(sortDepartments(found, field as Sortable, desc), params.START)
  const answer: MethodAnswer = { result: page.map(restDepartment) }
  if (next !== undefined) answer.next = next
  if (total !== undefined) answer.total = total
  return answer
}

function isSortable(name: string): name is Sortable {
  return (SORTABLE as readonly string[]).includes(name)
}

export function restDepartment(d: Department): Record<string, unknown> {
  const out: Record<string, unknown> = { ID: String(d.id), NAME: d.name, SORT: d.sort }
  if (d.parent !== null) out.PARENT = String(d.parent)
  if (d.head !== null) out.UF_HEAD = String(d.head)
  return out
}

function sortDepartments(list: Department[], field: Sortable, desc: boolean): Department[] {
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
  return list.sort((a, b) => {
    const left = read(a)
    const right = read(b)
    return left < right ? -sign : left > right ? sign : a.id - b.id
  })
}

import type { Department, Directory, Employee } from './types.ts'

/**
 * The loaded part of the list plus a search's hits it does not hold yet, one row per employee: the
 * list's own row wins as soon as it lands. `departments`: the hits' departments the list had not
 * brought, read for them; the list's own win too. The same directory when nothing is added, so nothing
 * downstream recomputes.
 */
export function withSearchHits(
  directory: Directory,
  hits: readonly Employee[],
  departments: readonly Department[] = [],
): Directory {
  if (hits.length === 0) return directory
  const listed = new Set(directory.employees.map((employee) => employee.id))
  const extra = hits.filter((hit) => !listed.has(hit.id))
  const named = departments.filter((department) => !directory.departments.has(department.id))
  if (extra.length === 0 && named.length === 0) return directory
  return {
    ...directory,
    employees: extra.length === 0 ? directory.employees : [...directory.employees, ...extra],
    departments:
      named.length === 0
        ? directory.departments
        : new Map([
            ...directory.departments,
            ...named.map((department) => [department.id, department] as const),
          ]),
  }
}

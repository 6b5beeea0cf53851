import type { Directory, Employee } from './types.ts'

/**
 * The loaded part of the list plus a search's hits it does not hold yet, one row per employee: the
 * list's own row wins as soon as it lands. The same directory when nothing is added, so nothing
 * downstream recomputes.
 */
export function withSearchHits(directory: Directory, hits: readonly Employee[]): Directory {
  if (hits.length === 0) return directory
  const listed = new Set(directory.employees.map((employee) => employee.id))
  const extra = hits.filter((hit) => !listed.has(hit.id))
  return extra.length === 0 ? directory : { ...directory, employees: [...directory.employees, ...extra] }
}

import type { Directory, DirectoryChunk } from './types.ts'

export const emptyDirectory: Directory = {
  employees: [],
  departments: new Map(),
  lines: { readable: false },
  rejected: 0,
  total: 0,
}

/**
 * Adds one chunk. Offset paging can repeat a row when the list changes while loading: one per ID,
 * the later read wins.
 */
export function addChunk(directory: Directory, piece: DirectoryChunk): Directory {
  const fresh = new Set(piece.employees.map((employee) => employee.id))
  const departments = new Map(directory.departments)
  for (const department of piece.departments) departments.set(department.id, department)
  return {
    employees: [...directory.employees.filter((employee) => !fresh.has(employee.id)), ...piece.employees],
    departments,
    lines: piece.lines ?? directory.lines,
    rejected: directory.rejected + piece.rejected,
    total: piece.total,
  }
}

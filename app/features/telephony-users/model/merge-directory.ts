import { replaceEqualDeep } from '@tanstack/react-query'
import type { Directory, DirectoryChunk, Employee } from './types.ts'

export const emptyDirectory: Directory = {
  employees: [],
  departments: new Map(),
  lines: { readable: false },
  rejected: 0,
  total: 0,
}

/**
 * Adds one chunk. Offset paging can repeat a row when the list changes while loading: one per ID,
 * the later read wins. Batches land in any order; the list stays in ID order (user.get's own order),
 * so rows never jump between loads.
 */
export function addChunk(directory: Directory, piece: DirectoryChunk): Directory {
  const fresh = new Set(piece.employees.map((employee) => employee.id))
  const departments = new Map(directory.departments)
  for (const department of piece.departments) departments.set(department.id, department)
  const kept =
    fresh.size === 0 ? directory.employees : directory.employees.filter((employee) => !fresh.has(employee.id))
  const last = kept.at(-1)?.id ?? -Infinity
  const employees = [...kept, ...piece.employees]
  // Pages are each in ID order: sorting is only needed when this one landed before an earlier one.
  if ((piece.employees[0]?.id ?? Infinity) < last || !inOrder(piece.employees))
    employees.sort((a, b) => a.id - b.id)
  return {
    employees,
    departments,
    lines: piece.lines ?? directory.lines,
    rejected: directory.rejected + piece.rejected,
    total: piece.total,
  }
}

/** Pieces that landed together, as one (`addChunk` of it adds them all, in any order they came). */
export function mergeChunks(pieces: DirectoryChunk[]): DirectoryChunk {
  const last = pieces.at(-1)
  return {
    employees: pieces.flatMap((piece) => piece.employees),
    departments: pieces.flatMap((piece) => piece.departments),
    lines: pieces.find((piece) => piece.lines)?.lines,
    total: last?.total ?? 0,
    rejected: pieces.reduce((sum, piece) => sum + piece.rejected, 0),
  }
}

function inOrder(employees: readonly { id: number }[]): boolean {
  for (let i = 1; i < employees.length; i++)
    if ((employees[i]?.id ?? 0) < (employees[i - 1]?.id ?? 0)) return false
  return true
}

/**
 * Structural sharing for the directory (TanStack Query's `structuralSharing`), by employee id instead
 * of by position. The default compares the lists index by index: once a batch lands before an earlier
 * one, every employee after it is compared with another one and stored as a copy, so the sort, the
 * search index and the rows met those kept employees as new ones, batch after batch. While the list
 * streams in, `addChunk` already keeps every employee it had, so the new list is taken as it is; a list
 * read again whole (a reload, a reopening's answer after the kept list) keeps each employee that is
 * unchanged, found by id.
 */
export function shareDirectory(old: unknown, next: unknown): unknown {
  const before = old as Directory | undefined
  const after = next as Directory
  const first = before?.employees[0]
  if (!before || !first || after.employees.includes(first)) return next
  const byId = new Map(before.employees.map((employee) => [employee.id, employee]))
  const employees = after.employees.map((employee) => {
    const was = byId.get(employee.id)
    return was ? (replaceEqualDeep(was, employee) as Employee) : employee
  })
  return { ...after, employees }
}

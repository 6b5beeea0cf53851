import { holdersByExtension } from './extension-rules.ts'
import type { Employee } from './types.ts'

/** Extensions held by more than one active employee: Bitrix24's own page does not show them. */
export interface ExtensionConflicts {
  /** Every extension with its holders (the validation's uniqueness check reads it too). */
  holders: Map<string, number[]>
  /** Employees who share their extension with someone. */
  shared: Set<number>
}

const cache = new WeakMap<readonly Employee[], ExtensionConflicts>()

/** Computed once per directory (the employees array is replaced, never changed, when the cache is written). */
export function conflictsOf(employees: readonly Employee[]): ExtensionConflicts {
  const cached = cache.get(employees)
  if (cached) return cached
  const holders = holdersByExtension(employees)
  const shared = new Set<number>()
  for (const ids of holders.values()) if (ids.length > 1) for (const id of ids) shared.add(id)
  const conflicts = { holders, shared }
  cache.set(employees, conflicts)
  return conflicts
}

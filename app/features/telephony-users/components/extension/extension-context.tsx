import { createContext, use, useMemo, type ReactNode } from 'react'
import type { EditRights } from '@/features/telephony-users/api/get-edit-rights.ts'
import type { Employee } from '@/features/telephony-users/model/types.ts'
import { conflictsOf, type ExtensionConflicts } from '@/features/telephony-users/model/extension-conflicts.ts'

export interface ExtensionState {
  /** Undefined while the app is still asking. */
  rights: EditRights | undefined
  conflicts: ExtensionConflicts
}

const empty: ExtensionState = { rights: undefined, conflicts: { holders: new Map(), shared: new Set() } }
const ExtensionContext = createContext<ExtensionState>(empty)

/** Edit rights and shared extensions, worked out once for the whole table rather than per row. */
export function ExtensionProvider({
  employees,
  rights,
  children,
}: {
  employees: readonly Employee[]
  rights: EditRights | undefined
  children: ReactNode
}) {
  const value = useMemo(() => ({ rights, conflicts: conflictsOf(employees) }), [rights, employees])
  return <ExtensionContext value={value}>{children}</ExtensionContext>
}

export function useExtensionState(): ExtensionState {
  return use(ExtensionContext)
}

/** The view model of the telephony users screen: REST field names stop at `api/to-view-model.ts`. */

import type { AppError } from '@/api/b24/errors.ts'

export interface Employee {
  id: number
  fullName: string
  position: string
  photoUrl: string | null
  departmentIds: number[]
  /** The extension as `user.get` knows it (UF_PHONE_INNER): readable without administrator approval. */
  extension: string | null
  /** Only with the scope `user` (`user_brief` gives none): the import matches lines by it. Held in memory only. */
  email?: string | null
}

export interface Department {
  id: number
  name: string
  parentId: number | null
}

/** `"Y"` is on, `"N"` off, null/empty not set; anything else is shown as unknown (and treated as off). */
export type PhoneState = 'on' | 'off' | 'not-set' | 'unknown'

export interface SipSettings {
  userId: number
  phone: PhoneState
  /** Outgoing line id; null means the portal default. */
  defaultLine: string | null
  server: string | null
  login: string | null
  /** A secret: rendered only when the user asks to see it; never logged or persisted. */
  password: string | null
  extension: string | null
}

/** Line names by id, or `unreadable` when the user lacks "Management of Numbers". */
export type LineNames = { readable: true; names: Record<string, string> } | { readable: false }

export interface Directory {
  employees: Employee[]
  departments: Map<number, Department>
  lines: LineNames
  /** Rows of user.get that failed validation (shown as a notice, never silently dropped). */
  rejected: number
  /** Employees Bitrix24 counted: while loading, `employees.length` of `total` are in. */
  total: number
  /**
   * Kept in this browser from an earlier opening and shown until Bitrix24's answer replaces it: nothing
   * is written on the strength of it (api/keep-directory.ts).
   */
  restored?: true
}

export interface SipTable {
  byId: Map<number, SipSettings>
  /** Asked for but not returned: Bitrix24 silently drops users the current user may not manage. */
  noPermission: Set<number>
  /** Switched off with success answered, yet Bitrix24 still holds the phone on. */
  keptOn: Set<number>
  /** Switched on with success answered, yet Bitrix24 left the phone off (it reverts when setup fails). */
  stayedOff: Set<number>
  /** Their command in the batch failed (result_error): shown as not loaded, never as "off". */
  failed: Set<number>
  /** The client's session (access token) the table was read under: approval belongs to one token. */
  session: number
}

/** One batch's worth of the directory, as it streams in. */
export interface DirectoryChunk {
  employees: Employee[]
  departments: Department[]
  lines?: LineNames
  /** Employees Bitrix24 counts in all (from the first page's `total`). */
  total: number
  /** Rows that failed validation. */
  rejected: number
}

/** Bitrix24's own answer to a search, while the list is still loading. */
export interface SearchHits {
  /** The first page of matching employees (at most 50). */
  employees: Employee[]
  /** More employees match than one page holds. */
  more: boolean
  /** Their SIP settings as read with them (failed ones marked); null when approval stopped the read. */
  sip: SipTable | null
  sipError: AppError | null
}

import { hashKey, type Query } from '@tanstack/react-query'
import type { Department, Directory, Employee } from '../model/types.ts'
import { telephonyKeys } from './query-keys.ts'
import { toSearchable } from '../view/search.ts'
import { defaultView, sortEmployees } from '../view/table-view.ts'

/**
 * What the directory kept in the browser looks like: a kept state of another shape is thrown away, so
 * change this whenever `Directory` or `Employee` changes.
 */
export const KEPT_DIRECTORY_SHAPE = 'directory-2'

/** A kept directory older than a week is not shown: people join and leave. */
export const KEPT_DIRECTORY_MAX_AGE_MS = 7 * 24 * 60 * 60_000

const directoryHash = hashKey(telephonyKeys.directory())

/**
 * Only the directory is kept, never the SIP settings (passwords) or anything else, and only as Bitrix24
 * answered it whole: not while loading, and not what was itself restored (its age would start again).
 */
export function keepsDirectory(query: Query): boolean {
  if (query.queryHash !== directoryHash) return false
  const { status, fetchStatus, data } = query.state
  return status === 'success' && fetchStatus === 'idle' && !(data as Directory | undefined)?.restored
}

/**
 * The directory as stored: JSON text, without e-mails (held in memory only, for the import). One string
 * comes back from IndexedDB far faster than 20,000 objects of a dozen fields each, which the browser
 * would otherwise rebuild one by one before the kept list could show. The employees are kept in the
 * table's first order (by name, in `locale`, the language the table sorts in): the next opening's sort
 * then finds them in order and only checks it, where sorting 20,000 names again came before the first
 * rows (about 60 ms here).
 */
export function toStoredDirectory(data: unknown, locale: string): unknown {
  const directory = data as Directory
  const byName = sortEmployees(toSearchable(directory.employees), directory, undefined, defaultView, locale)
  return JSON.stringify({
    ...directory,
    departments: [...directory.departments],
    employees: byName.map(({ employee: { email: _email, ...employee } }): Employee => employee),
  })
}

/** A stored directory, marked as restored; anything that is not one throws and is discarded. */
export function fromStoredDirectory(data: unknown): Directory {
  const stored = typeof data === 'string' ? (JSON.parse(data) as unknown) : null
  const directory = stored as (Omit<Partial<Directory>, 'departments'> & { departments?: unknown }) | null
  if (
    !directory ||
    !Array.isArray(directory.employees) ||
    !Array.isArray(directory.departments) ||
    typeof directory.total !== 'number'
  )
    throw new Error('not a kept directory')
  const departments = new Map(directory.departments as Array<[number, Department]>)
  return { ...(directory as Omit<Directory, 'departments'>), departments, restored: true }
}

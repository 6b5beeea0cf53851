import type { DataTag } from '@tanstack/react-query'
import type { AppError } from '@/api/b24/errors.ts'
import type { Department, Directory, SearchHits, SipTable } from '../model/types.ts'
import type { SearchFilter } from './search-directory.ts'

const all = ['telephony-users'] as const

/** A key that carries its data's type (TanStack's own tag): the cache's reads and writes infer it. */
const tagged =
  <TData>() =>
  <const TKey extends readonly unknown[]>(key: TKey) =>
    key as DataTag<TKey, TData, AppError>

/** Every query and mutation key of the feature: the one place they are spelt. */
export const telephonyKeys = {
  all,
  directory: () => tagged<Directory>()([...all, 'directory']),
  sip: () => tagged<SipTable>()([...all, 'sip']),
  /** Bitrix24's answer to one search while the list loads. */
  search: (filter: SearchFilter | null) => tagged<SearchHits>()([...all, 'search', filter]),
  /** Of a search's hits' departments (these ids), those the list had not brought when they were asked for. */
  hitDepartments: (departmentIds: readonly number[]) =>
    tagged<Department[]>()([...all, 'hit-departments', departmentIds]),
  /** Who is here (scopes, `profile`): whether the app may change extensions, and whose data it shows. */
  caller: () => [...all, 'caller'] as const,
  /** One employee's extension edits: the last one to settle reads the employee back. */
  extension: (userId: number) => [...all, 'extension', userId] as const,
  /** One employee's on/off clicks: their mutations share it to know which one is the last. */
  toggle: (userId: number) => [...all, 'toggle', userId] as const,
}

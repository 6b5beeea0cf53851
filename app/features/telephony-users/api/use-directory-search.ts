import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useMemo } from 'react'
import {
  keepPreviousData,
  queryOptions,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query'
import type { B24Client } from '@/api/b24/client.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import type { AppError } from '@/api/b24/errors.ts'
import type { Department, Employee, SearchHits } from '../model/types.ts'
import { telephonyKeys } from './query-keys.ts'
import { departmentsOf, readDepartments } from './read-departments.ts'
import { searchDirectory, searchFilter, type SearchFilter } from './search-directory.ts'
import { asSearch } from './searches-first.ts'
import { sipCache } from './sip-cache.ts'

/**
 * Bitrix24 is asked at most once in this long while the search keeps changing: the first text that can
 * narrow the list (three letters, an extension's digit; a pasted name) is asked at once, then a pause in
 * typing this long asks for the latest text.
 */
export const SEARCH_DEBOUNCE_MS = 250

export interface DirectorySearch {
  /** Bitrix24 is asked for this search (the list is loading and the text can narrow it). */
  active: boolean
  /** Waiting for the pause in typing, or for Bitrix24's answer. */
  searching: boolean
  /** The matching employees Bitrix24 answered; empty unless active. */
  hits: readonly Employee[]
  /** More match than the one page asked for. */
  more: boolean
  /** The search itself failed: only the loaded part of the list is searched. */
  error: AppError | null
  /** The hits' SIP settings could not be read (an approval wait shows in the table instead). */
  sipError: AppError | null
  /** The hits' departments that the list had not brought when they were found, once read. */
  departments: readonly Department[]
}

const NO_HITS: readonly Employee[] = []
const NO_DEPARTMENTS: readonly Department[] = []

/** One search's answer; its hits' SIP settings are added to the SIP cache as they come. */
export const searchQuery = (client: B24Client, queryClient: QueryClient, filter: SearchFilter | null) =>
  queryOptions({
    queryKey: telephonyKeys.search(filter),
    queryFn: async ({ signal }) => {
      if (!filter) throw new Error('search without a filter')
      const hits = await asSearch(client, searchDirectory(client, filter, signal))
      if (hits.sip) sipCache.addRead(queryClient, hits.sip)
      return hits
    },
    // A search answer is only useful while the list loads; a retyped query asks again.
    staleTime: 0,
    gcTime: 30_000,
    // The SDK has already retried what can be; the user's next keystroke asks again.
    retry: false,
  })

/**
 * The names of a search's hits' departments that the list has not brought yet, asked for once the hits
 * are shown, not with them: the list's department pages travel in its large batches, and a hit found
 * early would show its department's id for seconds. Keyed by the hits' departments: asked once for
 * them (the list only ever adds departments); the list's own replace them as they land.
 */
export const hitDepartmentsQuery = (
  client: B24Client,
  queryClient: QueryClient,
  departmentIds: readonly number[],
) =>
  queryOptions({
    queryKey: telephonyKeys.hitDepartments(departmentIds),
    queryFn: ({ signal }) => {
      const known = queryClient.getQueryData(telephonyKeys.directory())?.departments
      return readDepartments(
        client,
        departmentIds.filter((id) => !known?.has(id)),
        signal,
      )
    },
    staleTime: Infinity,
    gcTime: 30_000,
    // Without them the hits show department ids, as any row does before its department is read.
    retry: false,
  })

/**
 * While the list is still loading, a search also asks Bitrix24 (debounced), and its hits' SIP settings
 * go into the SIP cache. Each search is its own query: a newer one's key replaces the older one's, so
 * an older answer that lands late is never shown (and is cancelled once nobody waits for it). The hits
 * shown meanwhile are the last answer's, which the table's own search filters like any row. Once the
 * list is whole, nothing is sent.
 */
export function useDirectorySearch(
  query: string,
  listLoading: boolean,
  /** The SIP settings are being read (a check for approval among them). */
  sipChecking: boolean,
): DirectorySearch {
  const { client } = usePortal()
  const queryClient = useQueryClient()
  // What Bitrix24 would be asked, as text: one letter more that changes nothing asks nothing again.
  const wanted = listLoading ? filterKey(searchFilter(query)) : ''
  const [asked] = useDebouncedValue(wanted, SEARCH_DEBOUNCE_MS, { leading: true })
  const filter = listLoading ? fromFilterKey(asked) : null
  const typing = wanted !== '' && asked !== wanted
  const search = useQuery({
    ...searchQuery(client, queryClient, filter),
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  })
  const active = filter !== null
  // The answer to this search itself, not the last one shown while it is asked.
  const answered = active && !search.isPlaceholderData ? search.data : undefined
  const hitDepartmentIds = useMemo(() => departmentsOf(answered?.employees ?? NO_HITS), [answered])
  const named = useQuery({
    ...hitDepartmentsQuery(client, queryClient, hitDepartmentIds),
    enabled: hitDepartmentIds.length > 0,
    placeholderData: keepPreviousData,
  })
  // Hits found while approval was pending are asked again whenever the SIP settings are (the approval
  // poll, "Check again"): once approval comes, they get their settings as the list's rows do.
  const waitsForApproval = search.data?.sipError?.kind === 'approval-pending'
  const { refetch } = search
  useEffect(() => {
    if (active && sipChecking && waitsForApproval) void refetch()
  }, [active, sipChecking, waitsForApproval, refetch])
  return {
    active: active || typing,
    searching: typing || (active && search.isFetching),
    hits: active ? (search.data?.employees ?? NO_HITS) : NO_HITS,
    more: active && !search.isPlaceholderData && (search.data?.more ?? false),
    error: active ? search.error : null,
    sipError: active ? (search.data?.sipError ?? null) : null,
    departments: active ? (named.data ?? NO_DEPARTMENTS) : NO_DEPARTMENTS,
  }
}

const filterKey = (filter: SearchFilter | null): string => (filter ? JSON.stringify(filter) : '')
const fromFilterKey = (key: string): SearchFilter | null => (key ? (JSON.parse(key) as SearchFilter) : null)

/** An employee a search found before the list held them (the panel of a hit's row). */
export function searchedEmployee(queryClient: QueryClient, employeeId: number): Employee | undefined {
  for (const [, hits] of queryClient.getQueriesData<SearchHits>({
    queryKey: telephonyKeys.search(null).slice(0, 2),
  })) {
    const found = hits?.employees.find((employee) => employee.id === employeeId)
    if (found) return found
  }
  return undefined
}

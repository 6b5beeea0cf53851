import {
  experimental_streamedQuery as streamedQuery,
  queryOptions,
  type QueryClient,
} from '@tanstack/react-query'
import type { B24Client } from '../../../api/b24/client.ts'
import { telephonyKeys } from './keys.ts'
import { addChunk, emptyDirectory } from './directory.ts'
import { streamDirectory } from './load-directory.ts'
import { loadSip } from './load-sip.ts'
import { carryKeptOn } from './sip-table.ts'

export const directoryQuery = (client: B24Client) =>
  queryOptions({
    queryKey: telephonyKeys.directory(),
    // Rows show after the first batch; a refetch keeps the shown list until the new one is whole.
    queryFn: streamedQuery({
      streamFn: () => streamDirectory(client),
      reducer: addChunk,
      initialValue: emptyDirectory,
      refetchMode: 'replace',
    }),
    staleTime: 5 * 60_000,
  })

/** SIP settings of everyone in the directory; the directory comes from the cache, so it is not asked twice. */
export const sipQuery = (client: B24Client, queryClient: QueryClient) =>
  // The client is the page's one connection to its portal, not an input of the data: it stays out of keys.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: telephonyKeys.sip(),
    queryFn: async () => {
      const directory = await queryClient.ensureQueryData(directoryQuery(client))
      const ids = directory.employees.map((employee) => employee.id)
      return carryKeptOn(queryClient.getQueryData(telephonyKeys.sip()), await loadSip(client, ids))
    },
    staleTime: 60_000,
  })

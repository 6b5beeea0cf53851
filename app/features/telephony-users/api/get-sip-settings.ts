import { experimental_streamedQuery as streamedQuery, queryOptions, useQuery } from '@tanstack/react-query'
import { useRef } from 'react'
import type { B24Client, BatchOutcome } from '@/api/b24/client.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { addSipChunk, emptySipTable } from '../model/merge-sip.ts'
import type { SipTable } from '../model/types.ts'
import { approvalPollDelay } from './approval-poll.ts'
import { telephonyKeys } from './query-keys.ts'
import { readSipChunks, readSipOutcome, type ChunksRead } from './read-sip-chunks.ts'
import { streamSipSettings, type SipRead } from './stream-sip-settings.ts'

/**
 * Ids per voximplant.user.get command. Each id is one variable of the command's query string, and PHP
 * parses at most `max_input_vars` of them; Bitrix24's own system check asks for at least 10,000, so a
 * portal that passes it reads 2,500 at once: the most employees one batch of list pages brings (50
 * pages of 50), each read in one command, whose cost is mostly per command (docs/bitrix24.md
 * "voximplant.user.get", "Latency model").
 */
export const IDS_PER_COMMAND = 2500

/**
 * Ids per command when asking again: well below PHP's default `max_input_vars` (1,000), which a portal
 * failing Bitrix24's check may still have.
 */
export const SAFE_IDS_PER_COMMAND = 250

/**
 * SIP settings of the given employees, never one call per user. Ids missing from an answer were
 * silently dropped by Bitrix24 (the caller may not manage them), or, on a portal with a lower
 * `max_input_vars`, never parsed: those that may be unparsed are asked again in small commands before
 * any is called "No permission". A command failing otherwise marks its users `failed`; the other
 * commands' rows are still used. When every user failed, the first error is returned with the table.
 * `made`: the answer of a voximplant.user.get of exactly `userIds` already made (the list's batch read
 * them beside its pages), taken as the first read.
 */
export async function readSipSettings(
  client: B24Client,
  userIds: readonly number[],
  made?: BatchOutcome,
): Promise<SipRead> {
  const table = emptySipTable(client.session())
  const first = made
    ? readSipOutcome(made, userIds, table)
    : await readSipChunks(client, userIds, IDS_PER_COMMAND, table)
  return finishSipRead(client, userIds, table, first)
}

/**
 * After the first read of `userIds` into `table`: the ids that may be unparsed are asked again in small
 * commands, the rest not answered are "No permission", and when every user failed the first error is
 * returned with the table.
 */
export async function finishSipRead(
  client: B24Client,
  userIds: readonly number[],
  table: SipTable,
  first: ChunksRead,
): Promise<SipRead> {
  const again: ChunksRead =
    first.unsure.length > 0
      ? await readSipChunks(client, first.unsure, SAFE_IDS_PER_COMMAND, table)
      : { unsure: [] }
  for (const id of userIds) if (!table.byId.has(id) && !table.failed.has(id)) table.noPermission.add(id)
  const error = first.error ?? again.error
  if (error && table.failed.size === userIds.length && userIds.length > 0) return { table, error }
  return { table }
}

/** As `readSipSettings`, and nothing read at all is thrown: the caller shows the error with a retry. */
export async function getSipSettings(client: B24Client, userIds: readonly number[]): Promise<SipTable> {
  const { table, error } = await readSipSettings(client, userIds)
  if (error) throw error
  return table
}

/**
 * SIP settings of everyone in the directory, streamed: each batch of employees' settings is asked for
 * as soon as the batch lands on the directory's roster, and shows as it arrives. A re-read replaces the
 * table once it is whole.
 */
export const sipQuery = (client: B24Client) =>
  queryOptions({
    queryKey: telephonyKeys.sip(),
    queryFn: streamedQuery({
      streamFn: ({ signal, client: queryClient }) =>
        streamSipSettings(client, queryClient.getQueryData(telephonyKeys.sip()), signal, readSipSettings),
      reducer: addSipChunk,
      initialValue: emptySipTable(),
      refetchMode: 'replace',
    }),
    staleTime: 60_000,
  })

const REFRESH_MS = 5 * 60_000

/**
 * The SIP settings of the directory's employees. While an administrator's approval is pending the query
 * asks again by itself, with back-off, and the data appears without a reload once approval comes.
 * Employees a newer load of the list brings are read as they land: the read follows the list's roster.
 */
export function useSipSettings(enabled: boolean) {
  const { client } = usePortal()
  const pendingSince = useRef<number | null>(null)
  return useQuery({
    ...sipQuery(client),
    enabled,
    refetchInterval: (query) => {
      if (query.state.error?.kind !== 'approval-pending' || query.state.fetchStatus === 'fetching') {
        if (query.state.status === 'success') pendingSince.current = null
        // Settings are re-read now and then: another admin may change them, and after a token refresh
        // Bitrix24 asks for approval again; that must show rather than old data presented as current.
        return query.state.status === 'success' ? REFRESH_MS : false
      }
      pendingSince.current ??= Date.now()
      return approvalPollDelay(Date.now() - pendingSince.current)
    },
    refetchIntervalInBackground: true,
    // Back online, the list may be read again too: the settings follow that load (its roster), so
    // employees it brings are read, and without one they are re-read as the list stands.
    refetchOnReconnect: 'always',
  })
}

import { experimental_streamedQuery as streamedQuery, queryOptions, useQuery } from '@tanstack/react-query'
import { useRef } from 'react'
import { batchAll } from '@/api/b24/batch-all.ts'
import type { B24Client, BatchCommand } from '@/api/b24/client.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { chunk } from '@/lib/chunk.ts'
import { addSipChunk, emptySipTable } from '../model/merge-sip.ts'
import type { SipTable } from '../model/types.ts'
import { approvalPollDelay } from './approval-poll.ts'
import { telephonyKeys } from './query-keys.ts'
import { parseRows, RestSipSettings } from './rest/rest-schemas.ts'
import { streamSipSettings, type SipRead } from './stream-sip-settings.ts'
import { toSipSettings } from './rest/to-view-model.ts'

/**
 * Ids per voximplant.user.get command. Inside a batch each command is a query string parsed with one
 * variable per id; 250 stays well below PHP's usual max_input_vars (1000) while 10,000 employees still
 * fit in one batch of 40 commands.
 */
export const IDS_PER_COMMAND = 250

/**
 * SIP settings of the given employees, never one call per user. An approval or denial of
 * voximplant.user.get is thrown (it concerns the whole screen); ACCESS_DENIED for a chunk means none of
 * its users may be managed, and ids missing from an answer were silently dropped by Bitrix24 for the same
 * reason. A chunk failing otherwise marks its users `failed`; the other chunks' rows are still used.
 */
export async function readSipSettings(client: B24Client, userIds: readonly number[]): Promise<SipRead> {
  const commands: Record<string, BatchCommand> = {}
  const chunks = new Map<string, number[]>()
  for (const [index, ids] of chunk(userIds, IDS_PER_COMMAND).entries()) {
    commands[`s${index}`] = { method: 'voximplant.user.get', params: { USER_ID: ids } }
    chunks.set(`s${index}`, ids)
  }
  const table = emptySipTable(client.session())
  const outcomes = await batchAll(client, commands)
  for (const [key, outcome] of Object.entries(outcomes)) {
    if (outcome.ok) {
      for (const row of parseRows(RestSipSettings, outcome.result).rows) {
        const settings = toSipSettings(row)
        if (!table.byId.has(settings.userId)) table.byId.set(settings.userId, settings) // duplicates: first wins
      }
      continue
    }
    const kind = outcome.error.kind
    if (kind === 'approval-pending' || kind === 'approval-denied') throw outcome.error
    // A chunk that failed for another reason: its users are marked, the other chunks' rows are used.
    if (kind !== 'access-denied') for (const id of chunks.get(key) ?? []) table.failed.add(id)
  }
  for (const id of userIds) if (!table.byId.has(id) && !table.failed.has(id)) table.noPermission.add(id)
  if (table.failed.size === userIds.length && userIds.length > 0) {
    const first = Object.values(outcomes).find((outcome) => !outcome.ok)
    if (first && !first.ok) return { table, error: first.error }
  }
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

import type { QueryClient } from '@tanstack/react-query'
import { addSipChunk, emptySipTable } from '../model/merge-sip.ts'
import { mergeRead, withPhone } from '../model/sip-table.ts'
import type { PhoneState, SipTable } from '../model/types.ts'
import { telephonyKeys } from './query-keys.ts'

/** Clients whose SIP read `cancelReads` stopped. */
const stopped = new WeakSet<QueryClient>()

/**
 * Every write to the cached SIP table goes through here: a click's optimistic state, its rollback,
 * and the read-back after a single or bulk change. The cache is never mutated in place.
 */
export const sipCache = {
  read: (queryClient: QueryClient) => queryClient.getQueryData(telephonyKeys.sip()),

  /**
   * Stops reads in flight so they cannot overwrite an optimistic state with an older one. A stopped read
   * is reverted, not finished: `resumeReads` reads the table again once the write is read back, or the
   * rows it had not reached yet (the list still loading) would say "Loading…" until a Refresh.
   */
  async cancelReads(queryClient: QueryClient) {
    if (queryClient.isFetching({ queryKey: telephonyKeys.sip() }) > 0) stopped.add(queryClient)
    await queryClient.cancelQueries({ queryKey: telephonyKeys.sip() })
  },

  /** Reads the table again if `cancelReads` stopped a read. */
  resumeReads(queryClient: QueryClient) {
    if (stopped.delete(queryClient)) void queryClient.invalidateQueries({ queryKey: telephonyKeys.sip() })
  },

  setPhone(queryClient: QueryClient, userId: number, phone: PhoneState) {
    queryClient.setQueryData(telephonyKeys.sip(), (table) =>
      table ? withPhone(table, userId, phone) : table,
    )
  },

  /** What Bitrix24 holds after a change, read back; `wanted` is the single change that was asked for. */
  mergeRead(queryClient: QueryClient, read: SipTable, wanted?: { userId: number; on: boolean }) {
    queryClient.setQueryData(telephonyKeys.sip(), (table) => (table ? mergeRead(table, read, wanted) : table))
  },

  /** INNER_NUMBER is the extension user.get reads (one stored value): written beside the directory's. */
  setExtension(queryClient: QueryClient, userId: number, extension: string | null) {
    queryClient.setQueryData(telephonyKeys.sip(), (table) => {
      const current = table?.byId.get(userId)
      if (!table || !current || current.extension === extension) return table
      return { ...table, byId: new Map(table.byId).set(userId, { ...current, extension }) }
    })
  },

  /**
   * Settings read outside the list's load (a search's hits): added as one more streamed chunk, so the
   * rows the table already holds win, and the list's own read of these employees adds nothing twice.
   */
  addRead(queryClient: QueryClient, read: SipTable) {
    queryClient.setQueryData(telephonyKeys.sip(), (table) =>
      addSipChunk(table ?? emptySipTable(read.session), read),
    )
  },

  /** Reads the whole table again (not awaited by callers that must not wait for its retries). */
  refetch: (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: telephonyKeys.sip() }),
}

import { QueryObserver, type QueryClient } from '@tanstack/react-query'
import type { B24Client } from '@/api/b24/client.ts'
import type { AppError } from '@/api/b24/errors.ts'
import { loadPool } from './load-pool.ts'
import { createChannel } from '@/lib/channel.ts'
import { carryNotApplied } from '../model/sip-table.ts'
import type { Directory, SipTable } from '../model/types.ts'
import { directoryQuery } from './get-directory.ts'
import { telephonyKeys } from './query-keys.ts'

/** What one read of some employees' SIP settings gave. */
export interface SipRead {
  table: SipTable
  /** Set when no row was read at all, to show instead of an empty table. */
  error?: AppError
}

export type ReadSip = (client: B24Client, userIds: readonly number[]) => Promise<SipRead>

/** The directory holds every employee it will: its load ended, or a re-read still shows a whole list. */
function isWhole(directory: Directory | undefined, fetching: boolean): boolean {
  if (!fetching) return true
  return (
    !!directory && directory.total > 0 && directory.employees.length + directory.rejected >= directory.total
  )
}

/**
 * The SIP settings of the directory's employees, one chunk per batch of employees, asked for the moment
 * the batch lands (the directory may still be loading) and yielded as each answer lands. An approval
 * refusal ends the stream with that error; a chunk that failed otherwise marks its rows. When no row
 * could be read at all, the first error is thrown so the screen offers a retry.
 */
export async function* streamSipSettings(
  client: B24Client,
  queryClient: QueryClient,
  signal: AbortSignal,
  read: ReadSip,
): AsyncGenerator<SipTable> {
  const previous = queryClient.getQueryData(telephonyKeys.sip())
  const pool = loadPool(client)
  const landed = createChannel<SipTable>()
  const asked = new Set<number>()
  let running = 0
  let whole = false
  let anyRead = false
  let firstError: AppError | undefined
  const finishIfDone = () => {
    if (!whole || running > 0) return
    if (!anyRead && firstError) landed.fail(firstError)
    else landed.close()
  }
  const ask = (directory: Directory | undefined, fetching: boolean) => {
    const ids: number[] = []
    for (const employee of directory?.employees ?? [])
      if (!asked.has(employee.id)) {
        asked.add(employee.id)
        ids.push(employee.id)
      }
    whole = isWhole(directory, fetching)
    if (ids.length > 0) {
      running++
      pool
        .run(() => read(client, ids))
        .then(({ table, error }) => {
          if (error) firstError ??= error
          else anyRead = true
          landed.push(carryNotApplied(previous, table))
          running--
          finishIfDone()
        })
        .catch((error: unknown) => landed.fail(error))
    }
    finishIfDone()
  }

  // A directory observer that never fetches by itself: it only hears the list's load.
  const directory = directoryQuery(client)
  const observer = new QueryObserver(queryClient, { ...directory, enabled: false })
  const unsubscribe = observer.subscribe((result) => ask(result.data, result.isFetching))
  const state = queryClient.getQueryState(directory.queryKey)
  if (state?.data === undefined && state?.fetchStatus !== 'fetching')
    void queryClient.prefetchQuery(directory)
  else ask(state.data, state.fetchStatus === 'fetching')
  const stop = () => landed.close()
  signal.addEventListener('abort', stop)
  try {
    yield* landed
  } finally {
    signal.removeEventListener('abort', stop)
    unsubscribe()
  }
}

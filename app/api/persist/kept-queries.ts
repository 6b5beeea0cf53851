import {
  persistQueryClientRestore,
  persistQueryClientSave,
  persistQueryClientSubscribe,
  type PersistedClient,
  type Persister,
} from '@tanstack/query-persist-client-core'
import type { DehydratedState, Query, QueryClient } from '@tanstack/react-query'
import { whenIdle } from '@/lib/when-idle.ts'
import type { KeyValueStore } from './key-value-store.ts'

export interface KeepOptions {
  /** The storage key: whose data it is (portal and user), so nobody else's is ever read. */
  key: string
  /** The stored data's shape: a kept state of another shape is thrown away, not read. */
  buster: string
  /** Older than this, a kept state is thrown away, not shown. */
  maxAge: number
  /** Which queries are kept, and when (say, only once whole). */
  shouldKeep: (query: Query) => boolean
  /** Applied once per state written, not per cache event: what must never be stored is dropped here. */
  toStored: (data: unknown) => unknown
  /** Applied to each restored query's data; throwing discards the kept state. */
  fromStored: (data: unknown) => unknown
  /** How long opening waits for storage before it goes on without it. */
  restoreWithinMs: number
  /** Resolves when the page has time for a write (tests give their own); an idle period by default. */
  free?: () => Promise<void>
}

/** What is written: the state, and the user it was read for (checked again once REST says who is here). */
interface Kept {
  owner: number
  client: PersistedClient
}

/** A storage call that can only ever resolve: storage failing (at once or later) is storage being absent. */
async function quietly<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call()
  } catch {
    return undefined
  }
}

const isKept = (value: unknown): value is Kept =>
  typeof value === 'object' &&
  value !== null &&
  'owner' in value &&
  typeof value.owner === 'number' &&
  'client' in value &&
  typeof value.client === 'object' &&
  value.client !== null

/**
 * Queries kept in the browser between openings, with TanStack Query's persister (restore, subscribe,
 * maxAge, buster). Storage is never in the way: a store that throws, hangs or holds rubbish means the
 * app opens as if nothing were kept.
 */
export function keptQueries(queryClient: QueryClient, store: KeyValueStore, options: KeepOptions) {
  let owner: () => number | undefined = () => undefined
  let written = ''
  let restoredOwner: number | undefined
  // Bumped by each write begun and by forgetting: a write waiting for its moment that is no longer the
  // latest is dropped.
  let generation = 0
  const free = options.free ?? (() => whenIdle())

  const persister: Persister = {
    async persistClient(client) {
      const who = owner()
      const { queries } = client.clientState
      if (who === undefined || queries.length === 0) return
      // Written once the screen has loaded: making the stored state (20,000 employees sorted and
      // serialised, then copied into IndexedDB) took about 0.5 s of the main thread, which held up the
      // SIP settings still loading. The last fetch settling is itself a cache event, so it asks again.
      if (queryClient.isFetching() > 0) return
      // Every cache event asks for a save: write only when a kept query has new data.
      const signature = queries.map((query) => `${query.queryHash}@${query.state.dataUpdatedAt}`).join()
      if (signature === written) return
      written = signature
      const mine = ++generation
      await free()
      if (mine !== generation) return
      const clientState: DehydratedState = {
        mutations: [],
        queries: queries.map((query) => ({
          ...query,
          state: { ...query.state, data: options.toStored(query.state.data) },
        })),
      }
      const kept: Kept = { owner: who, client: { ...client, clientState } }
      await quietly(() => store.set(options.key, kept))
    },
    async restoreClient() {
      const value = await Promise.race([
        quietly(() => store.get(options.key)),
        new Promise<undefined>((resolve) => setTimeout(resolve, options.restoreWithinMs)),
      ])
      if (!isKept(value)) return undefined
      restoredOwner = value.owner
      return value.client
    },
    async removeClient() {
      restoredOwner = undefined
      written = ''
      generation++
      // Not waited for: storage that never answers must not hold up opening.
      void quietly(() => store.del(options.key))
    },
  }

  const saving = {
    queryClient,
    persister,
    buster: options.buster,
    dehydrateOptions: {
      shouldDehydrateQuery: options.shouldKeep,
      shouldDehydrateMutation: () => false,
    },
  }

  return {
    /**
     * Puts the kept state into the cache, if there is one of this shape and age. Resolves with the user
     * it was read for, or undefined when nothing was restored.
     */
    async restore(): Promise<number | undefined> {
      await persistQueryClientRestore({
        queryClient,
        persister,
        maxAge: options.maxAge,
        buster: options.buster,
        hydrateOptions: { defaultOptions: { deserializeData: options.fromStored } },
      }).catch(() => {
        restoredOwner = undefined
      })
      return restoredOwner
    },
    /** Writes the kept queries whenever they change, for `who` (undefined: not known yet, not written). */
    keep(who: () => number | undefined): () => void {
      owner = who
      return persistQueryClientSubscribe(saving)
    },
    /** Writes them now if they changed (say, once `who` is known). */
    save: () => void persistQueryClientSave(saving),
    /** Throws the kept state away. */
    forget: () => persister.removeClient(),
  }
}

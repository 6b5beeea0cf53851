import type { QueryClient } from '@tanstack/react-query'
import type { Portal } from './api/b24/portal.ts'
import type { KeyValueStore } from './api/persist/key-value-store.ts'
import { keptQueries } from './api/persist/kept-queries.ts'
import { storageKey, storageName } from './api/persist/storage-key.ts'
import { callerQuery, type Caller } from './features/telephony-users/api/get-edit-rights.ts'
import {
  fromStoredDirectory,
  KEPT_DIRECTORY_MAX_AGE_MS,
  KEPT_DIRECTORY_SHAPE,
  keepsDirectory,
  toStoredDirectory,
} from './features/telephony-users/api/keep-directory.ts'
import { telephonyKeys } from './features/telephony-users/api/query-keys.ts'

/**
 * How long opening waits for the browser's storage: beyond it, the list loads as if nothing were kept.
 * Only a user with a storage name waits at all (someone who opened the app before), and for them a
 * kept list is likely: reading it is worth more than the first batch's round trip (on a busy machine
 * IndexedDB took 0.3–0.45 s to give back even 2,000 employees).
 */
const RESTORE_WITHIN_MS = 800

/**
 * Puts the directory kept from this user's last opening on this portal into the cache (to be shown at
 * once, until Bitrix24's answer replaces it), and keeps each whole directory read from now on. The
 * storage name already belongs to this user and portal alone (`storageKey`); `profile` then confirms
 * whom Bitrix24 says is here, and a directory kept for anyone else is dropped, from the screen and from
 * storage, and read again.
 */
export async function restoreDirectory(
  queryClient: QueryClient,
  portal: Portal,
  store: KeyValueStore,
  /** The language the table sorts names in when the directory is saved (it is kept in that order). */
  locale: () => string,
): Promise<() => void> {
  // First opening for this user (no storage name yet): nothing can be kept, and nothing waits for storage.
  const named = storageName(portal) !== undefined
  const kept = keptQueries(queryClient, store, {
    key: storageKey(portal, 'directory'),
    buster: KEPT_DIRECTORY_SHAPE,
    maxAge: KEPT_DIRECTORY_MAX_AGE_MS,
    shouldKeep: keepsDirectory,
    toStored: (data) => toStoredDirectory(data, locale()),
    fromStored: fromStoredDirectory,
    restoreWithinMs: RESTORE_WITHIN_MS,
  })
  const owner = named ? await kept.restore() : undefined
  let caller: number | undefined
  const stop = kept.keep(() => caller)
  // Unknown counts as someone else: a kept directory is shown only to the user it was read for.
  const check = (me: Caller | null | undefined) => {
    caller = me?.userId
    if (owner !== undefined && owner !== caller) {
      void kept.forget()
      void queryClient.resetQueries({ queryKey: telephonyKeys.directory() })
    }
    kept.save() // a directory read whole before Bitrix24 said who is here
  }
  queryClient.fetchQuery(callerQuery(portal.client)).then(check, () => check(undefined))
  return stop
}

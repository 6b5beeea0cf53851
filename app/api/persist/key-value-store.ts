import { createStore, del, get, set } from 'idb-keyval'

/** Where kept queries live: IndexedDB in the browser; anything with the same three calls in tests. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>
  set(key: string, value: unknown): Promise<void>
  del(key: string): Promise<void>
}

/**
 * The app's IndexedDB database, opened on first use. A frame may have no usable storage (a blocked
 * third-party frame, private mode): then every call rejects, even when `indexedDB` itself throws at once,
 * and the app goes on without it.
 */
export function indexedDbStore(): KeyValueStore {
  const store = createStore('sip-phones', 'queries')
  return {
    get: async (key) => get(key, store),
    set: async (key, value) => set(key, value, store),
    del: async (key) => del(key, store),
  }
}

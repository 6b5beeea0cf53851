import type { KeyValueStore } from '@/api/persist/key-value-store.ts'

/** The browser's storage for tests: values are copied in and out as IndexedDB's structured clone does. */
export function memoryStore(): KeyValueStore & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>()
  return {
    entries,
    get: async (key) => structuredClone(entries.get(key)),
    set: async (key, value) => {
      entries.set(key, structuredClone(value))
    },
    del: async (key) => {
      entries.delete(key)
    },
  }
}

/** A frame without usable storage: every call fails, some at once (as `indexedDB.open` can), some later. */
export function brokenStore(): KeyValueStore {
  const fail = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  }
  return { get: fail, set: async () => fail(), del: fail }
}

/** Storage that never answers (a stuck database open). */
export function silentStore(): KeyValueStore {
  const never = () => new Promise<never>(() => undefined)
  return { get: never, set: never, del: never }
}

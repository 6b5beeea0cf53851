import type { B24Client } from '@/api/b24/client.ts'
import { sleep } from '@/lib/sleep.ts'

/** Each client's Bitrix24 searches not answered yet, as promises that settle with them. */
const unanswered = new WeakMap<B24Client, Set<Promise<void>>>()

/**
 * Marks a search the user is waiting for as such until it settles: meanwhile the list's later pages
 * are not sent (`untilSearchesAnswered`). Returns the search itself.
 */
export function asSearch<T>(client: B24Client, search: Promise<T>): Promise<T> {
  let open = unanswered.get(client)
  if (!open) {
    open = new Set()
    unanswered.set(client, open)
  }
  const settled = search.then(
    () => undefined,
    () => undefined,
  )
  open.add(settled)
  void settled.then(() => open.delete(settled))
  return search
}

/**
 * Resolves once no search of `client` waits for Bitrix24's answer (one asked meanwhile is waited for
 * too), or after `maxMs`: a portal slow to search still gets its list. True when it waited for one.
 */
export async function untilSearchesAnswered(client: B24Client, maxMs: number): Promise<boolean> {
  const deadline = Date.now() + maxMs
  for (let waited = false; ; waited = true) {
    const open = unanswered.get(client)
    const left = deadline - Date.now()
    if (!open || open.size === 0 || left <= 0) return waited
    await Promise.race([Promise.all(open), sleep(left)])
  }
}

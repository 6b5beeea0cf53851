import type { B24Client } from '@/api/b24/client.ts'

/** The employees of one load of the directory, batch by batch as they land. */
interface Roster {
  batches: number[][]
  whole: boolean
}

interface Loads {
  latest: Roster | undefined
  changed: Set<() => void>
}

const loads = new WeakMap<B24Client, Loads>()

function loadsOf(client: B24Client): Loads {
  let state = loads.get(client)
  if (!state) {
    state = { latest: undefined, changed: new Set() }
    loads.set(client, state)
  }
  return state
}

const notify = (state: Loads) => {
  for (const wake of [...state.changed]) wake()
}

/**
 * Starts the roster of a new load of the directory: the load adds each batch of employees as it
 * lands and ends it when the list is whole (or the load failed). What follows the roster (the SIP
 * settings) moves on to this one.
 */
export function beginRoster(client: B24Client) {
  const state = loadsOf(client)
  const roster: Roster = { batches: [], whole: false }
  state.latest = roster
  notify(state)
  return {
    add(ids: number[]) {
      // A batch landing after its load stopped (cancelled, failed) never reached the list.
      if (ids.length === 0 || roster.whole) return
      roster.batches.push(ids)
      notify(state)
    },
    end() {
      roster.whole = true
      notify(state)
    },
  }
}

/**
 * The employees of the directory's latest load, each id once, batch by batch as the list landed them
 * (those already landed at once): each batch is one read of its own, so reads run in parallel. A newer load replaces the one followed (its new employees follow). Ends
 * when the latest load is whole, at once when the directory was never loaded, or on `signal`.
 */
export async function* followRoster(client: B24Client, signal: AbortSignal): AsyncGenerator<number[]> {
  const state = loadsOf(client)
  const seen = new Set<number>()
  let followed: Roster | undefined
  let next = 0
  for (;;) {
    const roster = state.latest
    if (!roster || signal.aborted) return
    if (roster !== followed) {
      followed = roster
      next = 0
    }
    if (next < roster.batches.length) {
      const fresh = (roster.batches[next++] ?? []).filter((id) => !seen.has(id))
      for (const id of fresh) seen.add(id)
      if (fresh.length > 0) yield fresh
      continue // more may have landed meanwhile
    }
    if (roster.whole) return
    await new Promise<void>((resolve) => {
      const wake = () => {
        state.changed.delete(wake)
        signal.removeEventListener('abort', wake)
        resolve()
      }
      state.changed.add(wake)
      signal.addEventListener('abort', wake)
    })
  }
}

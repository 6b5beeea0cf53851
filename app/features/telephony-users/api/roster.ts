import type { B24Client, BatchOutcome } from '@/api/b24/client.ts'

/** One batch of the list's employees as it landed. */
export interface RosterBatch {
  ids: number[]
  /**
   * Their SIP settings, when the batch read them beside its pages (get-directory.ts): the answer of one
   * voximplant.user.get of exactly `ids`, in order. Handed to one reader only, and only to one that was
   * already following when the batch landed: a read begun later (a retry, a refresh) reads anew.
   */
  sip?: BatchOutcome
}

/** The employees of one load of the directory, batch by batch as they land. */
interface Roster {
  batches: Array<RosterBatch & { landed: number }>
  whole: boolean
}

interface Loads {
  latest: Roster | undefined
  changed: Set<() => void>
  /** Counts batches landed, to tell which came after a reader began. */
  landings: number
}

const loads = new WeakMap<B24Client, Loads>()

function loadsOf(client: B24Client): Loads {
  let state = loads.get(client)
  if (!state) {
    state = { latest: undefined, changed: new Set(), landings: 0 }
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
    add(ids: number[], sip?: BatchOutcome) {
      // A batch landing after its load stopped (cancelled, failed) never reached the list.
      if (ids.length === 0 || roster.whole) return
      roster.batches.push({ ids, sip, landed: ++state.landings })
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
 * (those already landed at once): each batch is one read of its own, so reads run in parallel. A newer
 * load replaces the one followed (its new employees follow). A batch's own SIP answer comes with it when
 * it landed while this follower was following, and only to the first such follower, with all its ids
 * still unseen. Ends when the latest load is whole, at once when the directory was never loaded, or on
 * `signal`.
 */
export async function* followRoster(client: B24Client, signal: AbortSignal): AsyncGenerator<RosterBatch> {
  const state = loadsOf(client)
  const began = state.landings
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
    const batch = roster.batches[next]
    if (batch) {
      next++
      const fresh = batch.ids.filter((id) => !seen.has(id))
      for (const id of fresh) seen.add(id)
      const { sip } = batch
      if (sip && batch.landed > began && fresh.length === batch.ids.length) {
        batch.sip = undefined
        yield { ids: fresh, sip }
      } else if (fresh.length > 0) yield { ids: fresh }
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

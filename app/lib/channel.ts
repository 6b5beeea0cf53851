/** A queue that one side pushes into and the other reads with `for await`, in push order. */
export interface Channel<T> extends AsyncIterable<T> {
  push(value: T): void
  /** The reader ends after what was pushed. */
  close(): void
  /** The reader throws `error` after what was pushed. */
  fail(error: unknown): void
  /**
   * Read instead of the items one by one: everything pushed while the reader was away, at once (never
   * an empty burst). `pace` runs after each burst unless the channel is through, so that what is pushed
   * meanwhile comes together in the next.
   */
  bursts(pace: () => Promise<void>): AsyncIterable<T[]>
}

export function createChannel<T>(): Channel<T> {
  const queue: T[] = []
  let ended = false
  let failure: { error: unknown } | undefined
  let wake: (() => void) | undefined
  const notify = () => {
    wake?.()
    wake = undefined
  }
  return {
    push(value) {
      if (ended) return
      queue.push(value)
      notify()
    },
    close() {
      ended = true
      notify()
    },
    fail(error) {
      if (ended) return
      failure = { error }
      ended = true
      notify()
    },
    async *bursts(pace) {
      for (;;) {
        if (queue.length > 0) {
          yield queue.splice(0)
          if (!ended || queue.length > 0) await pace()
          continue
        }
        if (failure) throw failure.error
        if (ended) return
        await new Promise<void>((resolve) => (wake = resolve))
      }
    },
    async *[Symbol.asyncIterator]() {
      // One by one: each burst as it comes, nothing to wait for between them.
      for await (const burst of this.bursts(() => Promise.resolve())) yield* burst
    },
  }
}

/**
 * The channel's items, read in bursts (`bursts`): each burst of more than one is merged into one item.
 * A reader that redraws the screen for each item then draws once for all that landed while it drew.
 */
export async function* pacedMerge<T>(
  channel: Channel<T>,
  merge: (items: T[]) => T,
  pace: () => Promise<void>,
): AsyncGenerator<T> {
  for await (const burst of channel.bursts(pace)) yield burst.length === 1 ? (burst[0] as T) : merge(burst)
}

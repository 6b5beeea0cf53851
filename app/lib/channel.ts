/** A queue that one side pushes into and the other reads with `for await`, in push order. */
export interface Channel<T> extends AsyncIterable<T> {
  push(value: T): void
  /** The reader ends after what was pushed. */
  close(): void
  /** The reader throws `error` after what was pushed. */
  fail(error: unknown): void
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
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (queue.length > 0) {
          yield queue.shift() as T
          continue
        }
        if (failure) throw failure.error
        if (ended) return
        await new Promise<void>((resolve) => (wake = resolve))
      }
    },
  }
}

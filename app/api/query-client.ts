import { notifyManager, QueryClient } from '@tanstack/react-query'
import { isTransient, type AppError } from './b24/errors.ts'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: AppError
  }
}

/**
 * Runs every callback scheduled before its timer fires in that one timer, in order. TanStack Query
 * tells React of each batch of changes in a `setTimeout(…, 0)` of its own, so answers landing together
 * were drawn one render each: while the list loads, the caller's rights, the first page with its
 * departments and the SIP request going out made two renders of the whole screen before the first
 * rows, one of them thrown away (about 60 ms with the CPU 4× slower). Callbacks run in one task are
 * one render for React. A callback that throws does not stop the others; its error is thrown again
 * after them (`rethrow`), as it would have been from a timer of its own.
 */
export function coalescingScheduler(
  schedule: (run: () => void) => void = (run) => setTimeout(run, 0),
  rethrow: (error: unknown) => void = (error) =>
    queueMicrotask(() => {
      throw error
    }),
): (callback: () => void) => void {
  let waiting: Array<() => void> = []
  return (callback) => {
    waiting.push(callback)
    if (waiting.length > 1) return
    schedule(() => {
      const due = waiting
      waiting = []
      for (const run of due) {
        try {
          run()
        } catch (error) {
          rethrow(error)
        }
      }
    })
  }
}

/** The app's one scheduler for TanStack Query's notifications (`notifyManager` is global). */
const appScheduler = coalescingScheduler()

/**
 * The SDK already retries 503/429/network faults up to 3 tries; the app adds one more later try for
 * transient errors only. Approval, permission and validation errors are answers, not faults. Its
 * changes reach React through `coalescingScheduler` (set on TanStack Query's global notifyManager).
 */
export function createQueryClient(): QueryClient {
  notifyManager.setScheduler(appScheduler)
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 1 && isTransient(error),
        retryDelay: 3000,
        refetchOnWindowFocus: false,
        staleTime: 60_000,
      },
      mutations: { retry: false },
    },
  })
}

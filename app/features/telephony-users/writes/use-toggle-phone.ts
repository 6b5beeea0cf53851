import type { QueryClient } from '@tanstack/react-query'
import type { AppError } from '@/api/b24/errors.ts'
import { sipCache } from '../api/sip-cache.ts'
import { telephonyKeys } from '../api/query-keys.ts'
import type { PhoneState } from '../model/types.ts'
import { phoneWrites } from './phone-writes.ts'
import { useSingleWrite } from './use-single-write.ts'

/** Clients whose SIP read a switch stopped, to be read again once that switch settles. */
const interruptedReads = new WeakSet<QueryClient>()

/**
 * Switches one employee's SIP phone on or off from its row: `mutate(on)`. `onFailure` is the caller's
 * notice of a failed switch (the row is rolled back here).
 */
export function useTogglePhone(userId: number, onFailure: (error: AppError, on: boolean) => void) {
  const mutation = useSingleWrite({
    kind: phoneWrites,
    userId,
    mutationKey: telephonyKeys.toggle(userId),
    optimistic: {
      async apply(queryClient, { on }): Promise<PhoneState | undefined> {
        // Reads in flight must not overwrite the optimistic state with an older one. A read stopped here
        // is started again once the write is read back: the rows it had not reached yet (the list still
        // loading) would otherwise say "Loading…" until a Refresh.
        if (queryClient.isFetching({ queryKey: telephonyKeys.sip() }) > 0) interruptedReads.add(queryClient)
        await sipCache.cancelReads(queryClient)
        const previous = sipCache.read(queryClient)?.byId.get(userId)?.phone
        sipCache.setPhone(queryClient, userId, on ? 'on' : 'off')
        return previous
      },
      restore: (queryClient, previous) => previous && sipCache.setPhone(queryClient, userId, previous),
      settled: (queryClient) => {
        if (interruptedReads.delete(queryClient)) void sipCache.refetch(queryClient)
      },
    },
    onFailure: (error, { on }) => onFailure(error, on),
  })
  return { ...mutation, mutate: (on: boolean) => mutation.mutate({ userId, on }) }
}

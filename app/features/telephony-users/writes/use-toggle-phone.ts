import type { AppError } from '@/api/b24/errors.ts'
import { sipCache } from '../api/sip-cache.ts'
import { telephonyKeys } from '../api/query-keys.ts'
import type { PhoneState } from '../model/types.ts'
import { phoneWrites } from './phone-writes.ts'
import { useSingleWrite } from './use-single-write.ts'

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
        // Reads in flight must not overwrite the optimistic state with an older one (resumed when settled).
        await sipCache.cancelReads(queryClient)
        const previous = sipCache.read(queryClient)?.byId.get(userId)?.phone
        sipCache.setPhone(queryClient, userId, on ? 'on' : 'off')
        return previous
      },
      restore: (queryClient, previous) => previous && sipCache.setPhone(queryClient, userId, previous),
      settled: (queryClient) => sipCache.resumeReads(queryClient),
    },
    onFailure: (error, { on }) => onFailure(error, on),
  })
  return { ...mutation, mutate: (on: boolean) => mutation.mutate({ userId, on }) }
}

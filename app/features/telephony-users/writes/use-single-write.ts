import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { AppError } from '@/api/b24/errors.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { sendOne } from './verified-writes.ts'
import type { WriteKind } from './write-kind.ts'

/** What a row shows at once, and how it is put back when the write fails. */
export interface Optimistic<W, P> {
  /** Shows the write and returns what was shown before. */
  apply(queryClient: QueryClient, write: W): Promise<P> | P
  restore(queryClient: QueryClient, previous: P): void
  /** After the employee's last write of this kind settled and was read back. */
  settled?(queryClient: QueryClient): void
}

interface Options<W, R, P> {
  kind: WriteKind<W, R>
  userId: number
  /** Shared by one employee's writes of this kind: the last of them to settle reads the employee back. */
  mutationKey: readonly unknown[]
  optimistic: Optimistic<W, P>
  /** The caller's word to the user when a write fails (it runs even if the row has scrolled away). */
  onFailure?: (error: AppError, write: W) => void
}

/**
 * One employee's write from a row or a panel. Optimistic; one employee's writes of a kind run one after
 * another (a mutation scope), so the last click is the last request Bitrix24 sees; a failure puts the
 * earlier state back unless another write is queued. When the last one settles the employee is read
 * back, so the row shows what Bitrix24 holds, not what was asked.
 */
export function useSingleWrite<W, R, P>({
  kind,
  userId,
  mutationKey,
  optimistic,
  onFailure,
}: Options<W, R, P>) {
  const { client } = usePortal()
  const queryClient = useQueryClient()
  const isLastInFlight = () => queryClient.isMutating({ mutationKey }) <= 1

  return useMutation({
    mutationKey,
    scope: { id: JSON.stringify(mutationKey) },
    mutationFn: (write: W) => sendOne(client, kind, write),
    onMutate: async (write) => ({ previous: await optimistic.apply(queryClient, write) }),
    onError: (error, write, context) => {
      if (context && isLastInFlight()) optimistic.restore(queryClient, context.previous)
      onFailure?.(error, write)
    },
    onSettled: async (_data, _error, write) => {
      if (!isLastInFlight()) return // the next write is queued: read once, after it
      let read: R | undefined
      try {
        ;({ read } = await kind.check.read(client, [userId]))
      } catch {
        // Nothing read: the check decides (the SIP table is read again; an extension stays as answered).
      }
      kind.check.show(queryClient, read, write)
      optimistic.settled?.(queryClient)
    },
  })
}

import type { AppError } from '@/api/b24/errors.ts'
import { directoryCache } from '../api/directory-cache.ts'
import { telephonyKeys } from '../api/query-keys.ts'
import { sipCache } from '../api/sip-cache.ts'
import { extensionWrites } from './extension-writes.ts'
import { useSingleWrite } from './use-single-write.ts'

/**
 * Sets one employee's extension from the editor: `mutate(extension)`, '' removes it. Bitrix24 strips
 * non-digits, so the read-back shows what it stored; a refusal rolls back and `onFailure` tells the user.
 */
export function useUpdateExtension(userId: number, onFailure: (error: AppError) => void) {
  const show = (queryClient: Parameters<typeof directoryCache.read>[0], extension: string | null) => {
    directoryCache.setExtension(queryClient, userId, extension)
    sipCache.setExtension(queryClient, userId, extension)
  }
  const mutation = useSingleWrite({
    kind: extensionWrites,
    userId,
    mutationKey: telephonyKeys.extension(userId),
    optimistic: {
      apply(queryClient, { extension }) {
        const previous = directoryCache.extensionOf(queryClient, userId)
        show(queryClient, extension === '' ? null : extension)
        return previous
      },
      restore: (queryClient, previous) => previous !== undefined && show(queryClient, previous),
    },
    onFailure,
  })
  return { ...mutation, mutate: (extension: string) => mutation.mutate({ userId, extension }) }
}

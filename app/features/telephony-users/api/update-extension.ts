import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { errorText } from '@/i18n/error-text.ts'
import { showToast } from '@/lib/toasts.ts'
import type { Employee } from '../model/types.ts'
import { directoryCache } from './directory-cache.ts'
import { telephonyKeys } from './query-keys.ts'
import { readEmployees } from './read-employees.ts'
import { sipCache } from './sip-cache.ts'

/**
 * Sets one employee's extension with user.update (UF_PHONE_INNER; '' removes it). Optimistic; edits of
 * one employee run in order, and when the last settles the employee is read back, so the row shows what
 * Bitrix24 stored (it strips non-digits). A refusal rolls back and a notification says why.
 */
export function useUpdateExtension(employee: Pick<Employee, 'id' | 'fullName'>, t: TFunction) {
  const { client } = usePortal()
  const queryClient = useQueryClient()
  const userId = employee.id

  const write = (extension: string | null) => {
    directoryCache.setExtension(queryClient, userId, extension)
    sipCache.setExtension(queryClient, userId, extension)
  }
  const isLastInFlight = () => queryClient.isMutating({ mutationKey: telephonyKeys.extension(userId) }) <= 1

  return useMutation({
    mutationKey: telephonyKeys.extension(userId),
    scope: { id: `extension-${userId}` },
    mutationFn: async (extension: string) => {
      await client.call('user.update', { ID: userId, UF_PHONE_INNER: extension })
    },
    onMutate: (extension) => {
      const previous = directoryCache.extensionOf(queryClient, userId)
      write(extension === '' ? null : extension)
      return { previous }
    },
    onError: (error, _extension, context) => {
      if (context?.previous !== undefined && isLastInFlight()) write(context.previous)
      showToast({
        tone: 'error',
        title: t('extension.failed', { name: employee.fullName }),
        message: errorText(t, error),
      })
    },
    onSettled: async () => {
      if (!isLastInFlight()) return // the next edit is queued: read once, after it
      try {
        const read = await readEmployees(client, [userId])
        const fresh = read.byId.get(userId)
        if (!fresh) return
        directoryCache.mergeRead(queryClient, read.byId)
        sipCache.setExtension(queryClient, userId, fresh.extension)
      } catch {
        // The read-back failed: the row keeps the state the answer implied until the next reload.
      }
    },
  })
}

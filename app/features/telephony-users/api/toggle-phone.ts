import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { errorText } from '@/i18n/error-text.ts'
import { showToast } from '@/lib/toasts.ts'
import type { Employee } from '../model/types.ts'
import { getSipSettings } from './get-sip-settings.ts'
import { telephonyKeys } from './query-keys.ts'
import { sipCache } from './sip-cache.ts'

/**
 * Switches one employee's SIP phone on or off. Optimistic; clicks on the same employee run one after
 * another (a mutation scope), so the last click is the last request Bitrix24 sees. When the last one
 * settles, the employee's settings are read again: the row shows what Bitrix24 holds, not what was asked.
 */
export function useTogglePhone(employee: Pick<Employee, 'id' | 'fullName'>, t: TFunction) {
  const { client } = usePortal()
  const queryClient = useQueryClient()
  const userId = employee.id

  return useMutation({
    mutationKey: telephonyKeys.toggle(userId),
    scope: { id: `sip-phone-${userId}` },
    mutationFn: async (on: boolean) => {
      await client.call(on ? 'voximplant.user.activatePhone' : 'voximplant.user.deactivatePhone', {
        USER_ID: userId,
      })
    },
    onMutate: async (on) => {
      await sipCache.cancelReads(queryClient)
      const previous = sipCache.read(queryClient)?.byId.get(userId)?.phone
      sipCache.setPhone(queryClient, userId, on ? 'on' : 'off')
      return { previous }
    },
    onError: (error, on, context) => {
      if (context?.previous && isLastInFlight()) sipCache.setPhone(queryClient, userId, context.previous)
      showToast({
        tone: 'error',
        title: t(on ? 'toggle.failedOn' : 'toggle.failedOff', { name: employee.fullName }),
        message: errorText(t, error),
      })
    },
    onSettled: async (_data, _error, on) => {
      if (!isLastInFlight()) return // the next click's request is queued: read once, after it
      try {
        sipCache.mergeRead(queryClient, await getSipSettings(client, [userId]), { userId, on })
      } catch {
        // The re-read itself failed (approval asked again, network…): reload the table so nothing stale stays.
        await sipCache.refetch(queryClient)
      }
    },
  })

  function isLastInFlight() {
    return queryClient.isMutating({ mutationKey: telephonyKeys.toggle(userId) }) <= 1
  }
}

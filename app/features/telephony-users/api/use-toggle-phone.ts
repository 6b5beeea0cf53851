import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { usePortal } from '../../../api/b24/portal-context.tsx'
import { showToast } from '../../../lib/toasts.ts'
import { telephonyKeys } from './keys.ts'
import { loadSip } from './load-sip.ts'
import type { Employee, SipTable } from './model.ts'
import { mergeRead, withPhone } from './sip-table.ts'

const toggleKey = (userId: number) => [...telephonyKeys.all, 'toggle', userId] as const

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
    mutationKey: toggleKey(userId),
    scope: { id: `sip-phone-${userId}` },
    mutationFn: async (on: boolean) => {
      await client.call(on ? 'voximplant.user.activatePhone' : 'voximplant.user.deactivatePhone', {
        USER_ID: userId,
      })
    },
    onMutate: async (on) => {
      await queryClient.cancelQueries({ queryKey: telephonyKeys.sip() })
      const previous = queryClient.getQueryData<SipTable>(telephonyKeys.sip())
      queryClient.setQueryData<SipTable>(telephonyKeys.sip(), (table) =>
        table ? withPhone(table, userId, on ? 'on' : 'off') : table,
      )
      return { previous: previous?.byId.get(userId)?.phone }
    },
    onError: (error, on, context) => {
      const phone = context?.previous
      if (phone && isLastInFlight()) {
        queryClient.setQueryData<SipTable>(telephonyKeys.sip(), (table) =>
          table ? withPhone(table, userId, phone) : table,
        )
      }
      showToast({
        tone: 'error',
        title: t(on ? 'toggle.failedOn' : 'toggle.failedOff', { name: employee.fullName }),
        message: t(`errors.${error.kind}`, {
          description: error.detail.kind === 'rest' ? error.detail.description : '',
        }),
      })
    },
    onSettled: async (_data, _error, on) => {
      if (!isLastInFlight()) return // the next click's request is queued: read once, after it
      try {
        const read = await loadSip(client, [userId])
        queryClient.setQueryData<SipTable>(telephonyKeys.sip(), (table) =>
          table ? mergeRead(table, read, { userId, on }) : table,
        )
      } catch {
        // The re-read itself failed (approval asked again, network…): reload the table so nothing stale stays.
        await queryClient.invalidateQueries({ queryKey: telephonyKeys.sip() })
      }
    },
  })

  function isLastInFlight() {
    return queryClient.isMutating({ mutationKey: toggleKey(userId) }) <= 1
  }
}

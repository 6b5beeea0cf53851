import { getSipSettings } from '../api/get-sip-settings.ts'
import { sipCache } from '../api/sip-cache.ts'
import { mergeRead } from '../model/sip-table.ts'
import type { SipTable } from '../model/types.ts'
import type { WriteKind } from './write-kind.ts'

/** One employee's SIP phone switched on or off. */
export interface PhoneWrite {
  userId: number
  on: boolean
}

/**
 * voximplant.user.activatePhone / deactivatePhone, one id a command (an array would act on user 1:
 * docs/bitrix24.md "activatePhone"), checked by reading voximplant.user.get: the phone's state decides.
 */
export const phoneWrites: WriteKind<PhoneWrite, SipTable> = {
  userId: (write) => write.userId,
  command: ({ userId, on }) => ({
    method: on ? 'voximplant.user.activatePhone' : 'voximplant.user.deactivatePhone',
    params: { USER_ID: userId },
  }),
  check: {
    async read(client, userIds) {
      const table = await getSipSettings(client, userIds)
      return { read: table, unread: [...table.failed] }
    },
    merge: (earlier, later) => mergeRead(earlier, later),
    judge(read, { userId, on }) {
      const phone = read.byId.get(userId)?.phone
      if (phone === (on ? 'on' : 'off')) return 'held'
      if (phone !== undefined) return 'other'
      return read.noPermission.has(userId) ? 'forbidden' : 'unknown'
    },
    show(queryClient, read, asked) {
      // Without a read-back the whole table is read again (not awaited: results must not wait for its retries).
      if (read) sipCache.mergeRead(queryClient, read, asked)
      else void sipCache.refetch(queryClient)
    },
  },
}

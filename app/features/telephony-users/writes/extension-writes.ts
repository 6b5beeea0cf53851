import { directoryCache } from '../api/directory-cache.ts'
import { readEmployees } from '../api/read-employees.ts'
import { sipCache } from '../api/sip-cache.ts'
import type { Employee } from '../model/types.ts'
import type { WriteKind } from './write-kind.ts'

/** One employee's extension; '' removes it. */
export interface Assignment {
  userId: number
  extension: string
}

/** Employees as read back: `null` when one is no longer an active employee. */
export type EmployeesBack = ReadonlyMap<number, Employee | null>

/**
 * user.update with UF_PHONE_INNER, the only REST write of an extension (docs/bitrix24.md "Extensions"),
 * checked by reading the employee with user.get: Bitrix24 strips non-digits, so only its answer says
 * what it stored.
 */
export const extensionWrites: WriteKind<Assignment, EmployeesBack> = {
  userId: (write) => write.userId,
  command: ({ userId, extension }) => ({
    method: 'user.update',
    params: { ID: userId, UF_PHONE_INNER: extension },
  }),
  check: {
    async read(client, userIds) {
      const { byId, failed } = await readEmployees(client, userIds)
      return { read: byId, unread: [...failed.keys()] }
    },
    merge: (earlier, later) => new Map([...earlier, ...later]),
    judge(read, { userId, extension }) {
      const employee = read.get(userId)
      if (!employee) return 'unknown'
      return employee.extension === (extension === '' ? null : extension) ? 'held' : 'other'
    },
    show(queryClient, read) {
      if (!read) return // the rows keep the state the answers implied until the next reload
      directoryCache.mergeRead(queryClient, read)
      // INNER_NUMBER is the same stored value: the SIP table shows it too.
      for (const [id, employee] of read)
        if (employee) sipCache.setExtension(queryClient, id, employee.extension)
    },
  },
}

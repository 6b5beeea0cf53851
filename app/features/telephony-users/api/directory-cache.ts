import type { QueryClient } from '@tanstack/react-query'
import type { Directory, Employee } from '../model/types.ts'
import { telephonyKeys } from './query-keys.ts'

/**
 * Every write to the cached directory goes through here: an edit's optimistic extension, its rollback,
 * and employees read back after a change. A new employees array each time, so what is computed once per
 * directory (the shared extensions) is computed again.
 */
export const directoryCache = {
  read: (queryClient: QueryClient) => queryClient.getQueryData(telephonyKeys.directory()),

  extensionOf: (queryClient: QueryClient, userId: number): string | null | undefined =>
    directoryCache.read(queryClient)?.employees.find((employee) => employee.id === userId)?.extension,

  setExtension(queryClient: QueryClient, userId: number, extension: string | null) {
    update(queryClient, (employee) => (employee.id === userId ? { ...employee, extension } : employee))
  },

  /** Employees as read back. */
  mergeRead(queryClient: QueryClient, read: ReadonlyMap<number, Employee | null>) {
    if (read.size === 0) return
    queryClient.setQueryData(telephonyKeys.directory(), (directory) =>
      directory ? withEmployees(directory, read) : directory,
    )
  },
}

function update(queryClient: QueryClient, change: (employee: Employee) => Employee) {
  queryClient.setQueryData(telephonyKeys.directory(), (directory) =>
    directory ? { ...directory, employees: directory.employees.map(change) } : directory,
  )
}

function withEmployees(directory: Directory, read: ReadonlyMap<number, Employee | null>): Directory {
  // An employee no longer found stays as last read: the next full reload settles the list.
  return { ...directory, employees: directory.employees.map((employee) => read.get(employee.id) ?? employee) }
}

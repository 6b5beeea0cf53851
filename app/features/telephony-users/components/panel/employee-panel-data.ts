import { useQuery, useQueryClient } from '@tanstack/react-query'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { useCachedDirectory } from '@/features/telephony-users/api/get-directory.ts'
import { sipQuery } from '@/features/telephony-users/api/get-sip-settings.ts'
import { searchedEmployee } from '@/features/telephony-users/api/use-directory-search.ts'
import { sipStatusOf, type SipStatus } from '@/features/telephony-users/model/sip-status.ts'
import type { Department, Employee, LineNames } from '@/features/telephony-users/model/types.ts'

export interface EmployeePanelData {
  /** Undefined when the employee left the list (a refresh since the panel opened). */
  employee: Employee | undefined
  departments: Department[]
  lines: LineNames
  status: SipStatus
}

/**
 * One employee as the caches hold them: the panel follows every change the table sees (a switch, a
 * refresh, an approval) without props. Observers only (`enabled: false`): the screen reads and refreshes
 * both queries; opening a panel must never start a read of thousands of employees.
 */
export function useEmployeePanelData(employeeId: number): EmployeePanelData {
  const { client } = usePortal()
  const directory = useCachedDirectory()
  const sip = useQuery({ ...sipQuery(client), enabled: false })
  const queryClient = useQueryClient()
  // A search's hit can be opened before the list holds its row.
  const employee =
    directory.data?.employees.find((e) => e.id === employeeId) ?? searchedEmployee(queryClient, employeeId)
  const departments = (employee?.departmentIds ?? []).map(
    (id) => directory.data?.departments.get(id) ?? { id, name: `#${id}`, parentId: null },
  )
  return {
    employee,
    departments,
    lines: directory.data?.lines ?? { readable: false },
    status: sipStatusOf(employeeId, { data: sip.data, error: sip.error }),
  }
}

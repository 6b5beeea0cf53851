import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { usePortal } from '../../../api/b24/portal-context.tsx'
import { approvalPollDelay } from './approval-poll.ts'
import type { Employee, SipTable } from './model.ts'
import { sipQuery } from './queries.ts'

const REFRESH_MS = 5 * 60_000

/**
 * The SIP settings of the directory's employees. While an administrator's approval is pending the query
 * asks again by itself, with back-off, and the data appears without a reload once approval comes.
 * When the list holds employees the table does not cover (the list was re-read since), it is read again.
 */
export function useSip(enabled: boolean, employees: readonly Employee[]) {
  const { client } = usePortal()
  const queryClient = useQueryClient()
  const pendingSince = useRef<number | null>(null)
  const query = useQuery({
    ...sipQuery(client, queryClient),
    enabled,
    refetchInterval: (query) => {
      if (query.state.error?.kind !== 'approval-pending' || query.state.fetchStatus === 'fetching') {
        if (query.state.status === 'success') pendingSince.current = null
        // Settings are re-read now and then: another admin may change them, and after a token refresh
        // Bitrix24 asks for approval again; that must show rather than old data presented as current.
        return query.state.status === 'success' ? REFRESH_MS : false
      }
      pendingSince.current ??= Date.now()
      return approvalPollDelay(Date.now() - pendingSince.current)
    },
    refetchIntervalInBackground: true,
  })
  const { data, status, isFetching, refetch } = query
  useEffect(() => {
    // Only after a success: a failed read has its own retry paths and must not loop here.
    if (!enabled || status !== 'success' || isFetching || !data) return
    if (employees.some((employee) => !covers(data, employee.id))) void refetch()
  }, [enabled, status, data, isFetching, employees, refetch])
  return query
}

function covers(table: SipTable, userId: number): boolean {
  return table.byId.has(userId) || table.noPermission.has(userId) || table.failed.has(userId)
}

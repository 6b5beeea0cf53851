import { Alert, Group, Loader, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { usePortal } from '../../../api/b24/portal-context.tsx'
import { directoryQuery } from '../api/queries.ts'
import { toSearchable } from '../api/search.ts'
import { emptyDirectory } from '../api/directory.ts'
import { useTableView } from '../api/use-table-view.ts'
import { applyView, sortEmployees } from '../api/view.ts'
import { useSip } from '../api/use-sip.ts'
import { ApprovalBanner } from './approval-banner.tsx'
import { ErrorAlert } from './error-alert.tsx'
import { LoadProgress } from './load-progress.tsx'
import { UsersTable } from './users-table.tsx'
import { ViewToolbar } from './view-toolbar.tsx'

/** Every active employee with their SIP phone settings. */
export function TelephonyUsersPage() {
  const { t, i18n } = useTranslation()
  const portal = usePortal()
  const directory = useQuery(directoryQuery(portal.client))
  // SIP settings are asked for once the whole list is in (every id known: the fewest commands).
  const sip = useSip(directory.isSuccess && !directory.isFetching)
  const { view, update } = useTableView()
  const deferredView = useDeferredValue(view)
  const searchable = useMemo(() => toSearchable(directory.data?.employees ?? []), [directory.data])
  const { sort, descending } = deferredView
  const sorted = useMemo(
    () =>
      sortEmployees(
        searchable,
        directory.data ?? emptyDirectory,
        sip.data,
        { sort, descending },
        i18n.language,
      ),
    [searchable, directory.data, sip.data, sort, descending, i18n.language],
  )
  const shown = useMemo(
    () =>
      applyView(sorted, deferredView, directory.data?.departments ?? emptyDirectory.departments, sip.data),
    [sorted, deferredView, directory.data, sip.data],
  )

  if (directory.isPending) {
    return (
      <Group justify="center" p="xl" role="status">
        <Loader size="sm" aria-hidden />
        <Text>{t('users.loadingList')}</Text>
      </Group>
    )
  }
  if (directory.isError) {
    return (
      <ErrorAlert
        title={t('state.loadFailedTitle')}
        error={directory.error}
        onRetry={() => void directory.refetch()}
      />
    )
  }

  const { employees, departments, lines, rejected, total } = directory.data
  const loading = directory.isFetching && employees.length < total
  const sipError = sip.error
  const approval =
    sipError?.kind === 'approval-pending' ? 'pending' : sipError?.kind === 'approval-denied' ? 'denied' : null

  return (
    <Stack gap="sm">
      {approval && (
        <ApprovalBanner
          state={approval}
          isAdmin={portal.isAdmin}
          checking={sip.isFetching}
          onCheck={() => void sip.refetch()}
        />
      )}
      {sipError && !approval && (
        <ErrorAlert title={t('state.sipFailedTitle')} error={sipError} onRetry={() => void sip.refetch()} />
      )}
      {rejected > 0 && <Alert color="yellow">{t('users.rejected', { count: rejected })}</Alert>}
      {loading && <LoadProgress loaded={employees.length} total={total} />}
      <ViewToolbar
        view={view}
        onChange={update}
        departments={departments}
        shown={shown.length}
        total={employees.length}
        sipReady={sip.isSuccess}
      />
      {employees.length === 0 ? (
        <Text>{t('users.empty')}</Text>
      ) : shown.length === 0 ? (
        <Text>{t('users.noMatch')}</Text>
      ) : (
        <UsersTable
          employees={shown}
          departments={departments}
          lines={lines}
          sip={{ data: sip.data, error: sipError }}
          sort={view}
          onSort={(sort) => update({ sort, descending: view.sort === sort ? !view.descending : false })}
        />
      )}
    </Stack>
  )
}

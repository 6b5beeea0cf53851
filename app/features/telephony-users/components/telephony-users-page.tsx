import { Alert, Group, Loader, Stack, Text, TextInput } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePortal } from '../../../api/b24/portal-context.tsx'
import { directoryQuery } from '../api/queries.ts'
import { search, toSearchable } from '../api/search.ts'
import { useSip } from '../api/use-sip.ts'
import { ApprovalBanner } from './approval-banner.tsx'
import { ErrorAlert } from './error-alert.tsx'
import { LoadProgress } from './load-progress.tsx'
import { UsersTable } from './users-table.tsx'

/** Every active employee with their SIP phone settings. */
export function TelephonyUsersPage() {
  const { t } = useTranslation()
  const portal = usePortal()
  const directory = useQuery(directoryQuery(portal.client))
  // SIP settings are asked for once the whole list is in (every id known: the fewest commands).
  const sip = useSip(directory.isSuccess && !directory.isFetching)
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const searchable = useMemo(() => toSearchable(directory.data?.employees ?? []), [directory.data])
  const shown = useMemo(() => search(searchable, deferredQuery), [searchable, deferredQuery])

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
      <Group justify="space-between" align="end">
        <TextInput
          label={t('users.searchLabel')}
          placeholder={t('users.searchPlaceholder')}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={320}
        />
        <Text size="sm" c="dimmed" role="status">
          {t('users.count', { count: employees.length, shown: shown.length })}
        </Text>
      </Group>
      {employees.length === 0 ? (
        <Text>{t('users.empty')}</Text>
      ) : shown.length === 0 ? (
        <Text>{t('users.noMatch', { query: deferredQuery })}</Text>
      ) : (
        <UsersTable
          employees={shown}
          departments={departments}
          lines={lines}
          sip={{ data: sip.data, error: sipError }}
        />
      )}
    </Stack>
  )
}

import { Group, Loader, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { telephonyKeys } from '../api/query-keys.ts'
import { useDirectory } from '../api/get-directory.ts'
import { ErrorAlert } from '@/components/error-alert.tsx'
import { UsersScreen } from './users-screen.tsx'

/** Every active employee with their SIP phone settings. */
export function TelephonyUsersPage() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const directory = useDirectory()

  if (directory.isPending) {
    return (
      <Group justify="center" p="xl" role="status">
        <Loader size="sm" aria-hidden />
        <Text>{t('users.loadingList')}</Text>
      </Group>
    )
  }
  if (directory.isError && directory.data === undefined) {
    return (
      <ErrorAlert
        title={t('state.loadFailedTitle')}
        error={directory.error}
        onRetry={() => void directory.refetch()}
      />
    )
  }
  return (
    <UsersScreen
      directory={directory.data}
      loading={directory.isFetching}
      directoryError={directory.error}
      onReload={() => void queryClient.invalidateQueries({ queryKey: telephonyKeys.all })}
    />
  )
}

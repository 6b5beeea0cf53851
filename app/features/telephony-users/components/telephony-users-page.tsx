import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { telephonyKeys } from '../api/query-keys.ts'
import { useDirectory } from '../api/get-directory.ts'
import { ErrorAlert } from '@/components/error-alert.tsx'
import { emptyDirectory } from '../model/merge-directory.ts'
import { UsersScreen } from './users-screen.tsx'

/** Every active employee with their SIP phone settings. */
export function TelephonyUsersPage() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const directory = useDirectory()

  if (directory.isError && directory.data === undefined) {
    return (
      <ErrorAlert
        title={t('state.loadFailedTitle')}
        error={directory.error}
        onRetry={() => void directory.refetch()}
      />
    )
  }
  // The screen is up while the first batch is on its way: a search typed now already asks Bitrix24,
  // and the first rows only add rows to a screen that is drawn.
  return (
    <UsersScreen
      directory={directory.data ?? emptyDirectory}
      loading={directory.isFetching || directory.isPending}
      pending={directory.isPending}
      directoryError={directory.error}
      onReload={() => void queryClient.invalidateQueries({ queryKey: telephonyKeys.all })}
    />
  )
}

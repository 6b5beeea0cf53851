import { Alert } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { InfoIcon } from '@/components/icons/info-icon.tsx'
import type { AppError } from '@/api/b24/errors.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import type { BulkJournal } from '../bulk/bulk-journal.ts'
import type { Directory, SipTable } from '../model/types.ts'
import { ApprovalBanner } from './approval-banner.tsx'
import { ErrorAlert } from '@/components/error-alert.tsx'
import { LoadProgress, UpdatingNotice } from './load-progress.tsx'
import { withLaterTexts } from '@/i18n/i18n.ts'

// Shown only after a bulk change was cut off (the page closed mid-run): loaded then.
const InterruptedNotice = lazy(
  withLaterTexts(() => import('./interrupted-notice.tsx').then((m) => ({ default: m.InterruptedNotice }))),
)

/** Everything the screen has to say above the table: approval, failed reads, rejected rows, progress. */
export function UsersNotices({
  directory,
  loading,
  directoryError,
  onReload,
  sip,
  interrupted,
  onResume,
  onDismissInterrupted,
}: {
  directory: Directory
  loading: boolean
  /** A failed refresh: the list shown is the last one read, and says so. */
  directoryError: AppError | null
  onReload: () => void
  sip: Pick<UseQueryResult<SipTable, AppError>, 'data' | 'error' | 'isFetching' | 'refetch'>
  interrupted: BulkJournal | null
  onResume: (ids: number[], on: boolean) => void
  onDismissInterrupted: () => void
}) {
  const { t } = useTranslation()
  const { isAdmin } = usePortal()
  const { employees, rejected, total } = directory
  const approval =
    sip.error?.kind === 'approval-pending'
      ? 'pending'
      : sip.error?.kind === 'approval-denied'
        ? 'denied'
        : null
  // Bitrix24 checks the telephony right before it asks for approval (docs/bitrix24.md "voximplant.user.get"):
  // a user without it gets no banner to wait on, and is told what to ask for instead.
  const noneManageable =
    sip.data !== undefined &&
    sip.data.byId.size === 0 &&
    employees.length > 0 &&
    employees.every((employee) => sip.data?.noPermission.has(employee.id))
  return (
    <>
      {approval && (
        <ApprovalBanner
          state={approval}
          isAdmin={isAdmin}
          checking={sip.isFetching}
          onCheck={() => void sip.refetch()}
        />
      )}
      {noneManageable && (
        <Alert color="yellow" title={t('permission.noneTitle')} icon={<InfoIcon />}>
          {t('permission.noneBody')}
        </Alert>
      )}
      {directoryError && (
        <ErrorAlert title={t('state.staleNotice')} error={directoryError} onRetry={onReload} />
      )}
      {sip.error && !approval && (
        <ErrorAlert
          title={sip.data ? t('state.staleNotice') : t('state.sipFailedTitle')}
          error={sip.error}
          onRetry={() => void sip.refetch()}
        />
      )}
      {rejected > 0 && (
        <Alert color="yellow" icon={<InfoIcon />}>
          {t('users.rejected', { count: rejected })}
        </Alert>
      )}
      {interrupted && (
        <Suspense>
          <InterruptedNotice
            journal={interrupted}
            onResume={(ids) => onResume(ids, interrupted.on)}
            onDismiss={onDismissInterrupted}
          />
        </Suspense>
      )}
      {directory.restored
        ? loading && <UpdatingNotice />
        : loading && employees.length < total && <LoadProgress loaded={employees.length} total={total} />}
    </>
  )
}

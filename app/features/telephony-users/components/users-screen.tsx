import { Alert, Stack, Text } from '@mantine/core'
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePortal } from '../../../api/b24/portal-context.tsx'
import type { AppError } from '../../../api/b24/errors.ts'
import type { Directory, Employee } from '../api/model.ts'
import { toSearchable } from '../api/search.ts'
import { useBulk } from '../api/use-bulk.ts'
import { useSip } from '../api/use-sip.ts'
import { useTableView } from '../api/use-table-view.ts'
import { applyView, sortEmployees } from '../api/view.ts'
import { ApprovalBanner } from './approval-banner.tsx'
import { BulkBar } from './bulk-bar.tsx'

import { ErrorAlert } from './error-alert.tsx'

import { InterruptedNotice } from './interrupted-notice.tsx'
import { LoadProgress } from './load-progress.tsx'
import { UsersTable } from './users-table.tsx'
import { ViewToolbar } from './view-toolbar.tsx'

// Dialogs load on first use: they are not part of the first screen's bundle.
const BulkDialog = lazy(() => import('./bulk-dialog.tsx').then((m) => ({ default: m.BulkDialog })))
const ExportDialog = lazy(() => import('./export-dialog.tsx').then((m) => ({ default: m.ExportDialog })))

/** The loaded list: banners, view controls, selection with bulk actions and export, and the table. */
export function UsersScreen({
  directory,
  loading,
  directoryError,
  onReload,
}: {
  directory: Directory
  loading: boolean
  /** A failed refresh: the list shown is the last one read, and says so. */
  directoryError: AppError | null
  onReload: () => void
}) {
  const { t, i18n } = useTranslation()
  const portal = usePortal()
  const { employees, departments, lines, rejected, total } = directory
  // SIP settings are asked for once the whole list is in (every id known: the fewest commands).
  const sip = useSip(!loading, employees)
  const { view, update } = useTableView()
  const deferredView = useDeferredValue(view)
  const { sort, descending } = deferredView
  const searchable = useMemo(() => toSearchable(employees), [employees])
  const sorted = useMemo(
    () => sortEmployees(searchable, directory, sip.data, { sort, descending }, i18n.language),
    [searchable, directory, sip.data, sort, descending, i18n.language],
  )
  const shown = useMemo(
    () => applyView(sorted, deferredView, departments, sip.data),
    [sorted, deferredView, departments, sip.data],
  )
  const byId = useMemo(() => new Map(employees.map((e) => [e.id, e])), [employees])
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const [exporting, setExporting] = useState<Employee[] | null>(null)
  const bulk = useBulk()
  // Stable, so the memoised rows do not re-render when only the selection of another row changes.
  const select = useCallback((ids: number[], checked: boolean) => {
    setSelected((current) => {
      const next = new Set(current)
      for (const id of ids) {
        if (checked) next.add(id)
        else next.delete(id)
      }
      return next
    })
  }, [])

  const approval =
    sip.error?.kind === 'approval-pending'
      ? 'pending'
      : sip.error?.kind === 'approval-denied'
        ? 'denied'
        : null
  const selectedEmployees = () => employees.filter((e) => selected.has(e.id))

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
      {rejected > 0 && <Alert color="yellow">{t('users.rejected', { count: rejected })}</Alert>}
      {bulk.interrupted && (
        <InterruptedNotice
          journal={bulk.interrupted}
          onResume={(ids) => bulk.ask(ids, bulk.interrupted?.on ?? true)}
          onDismiss={bulk.dismissInterrupted}
        />
      )}
      {loading && employees.length < total && <LoadProgress loaded={employees.length} total={total} />}
      <ViewToolbar
        view={view}
        onChange={update}
        departments={departments}
        shown={shown.length}
        total={employees.length}
        sipReady={sip.isSuccess}
        onExport={() => setExporting(shown)}
        onRefresh={onReload}
        refreshing={loading || sip.isFetching}
      />
      <BulkBar
        count={selected.size}
        disabled={!sip.isSuccess}
        onSwitch={(on) => bulk.ask([...selected], on)}
        onExport={() => setExporting(selectedEmployees())}
        onClear={() => setSelected(new Set())}
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
          sip={{ data: sip.data, error: sip.error }}
          sort={view}
          onSort={(column) =>
            update({ sort: column, descending: view.sort === column ? !view.descending : false })
          }
          selected={selected}
          onSelect={select}
        />
      )}
      <Suspense>
        {bulk.job.step !== 'idle' && (
          <BulkDialog
            job={bulk.job}
            employees={byId}
            onConfirm={bulk.confirm}
            onCancel={bulk.cancel}
            onRetry={bulk.retryFailed}
            onCheckAgain={bulk.checkAgain}
            onClose={bulk.close}
          />
        )}
        {exporting && (
          <ExportDialog
            employees={exporting}
            departments={departments}
            sip={sip.data}
            onClose={() => setExporting(null)}
          />
        )}
      </Suspense>
    </Stack>
  )
}

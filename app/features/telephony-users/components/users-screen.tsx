import { Stack } from '@mantine/core'
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@/api/b24/errors.ts'
import { EmptyState } from '@/components/empty-state.tsx'
import { PersonSearchIcon } from '@/components/icons/person-search-icon.tsx'
import { SearchIcon } from '@/components/icons/search-icon.tsx'
import { useEditRights } from '../api/get-edit-rights.ts'
import { useSipSettings } from '../api/get-sip-settings.ts'
import { markRowsShown } from '../api/rows-shown.ts'
import { useDirectorySearch } from '../api/use-directory-search.ts'
import { useActivityScan } from '../activity/use-activity-scan.ts'
import { useActivityView } from '../activity/use-activity-view.ts'
import { useBulk } from '../bulk/use-bulk.ts'
import type { Directory, Employee } from '../model/types.ts'
import { conflictsOf } from '../model/extension-conflicts.ts'
import { withSearchHits } from '../model/merge-hits.ts'
import { inTableOrder } from '../view/selection-order.ts'
import { useSelection } from '../view/use-selection.ts'
import { useShownEmployees } from '../view/use-shown-employees.ts'
import { useTableView } from '../view/use-table-view.ts'
import type { TableView } from '../view/table-view.ts'
import { BulkBar } from './bulk/bulk-bar.tsx'
import { ExtensionProvider } from './extension/extension-context.tsx'
import { LoadingList } from './load-progress.tsx'
import { UsersNotices } from './users-notices.tsx'
import { UsersTable } from './users-table.tsx'
import { SearchStatus } from './toolbar/search-status.tsx'
import { ViewToolbar } from './toolbar/view-toolbar.tsx'
import { withLaterTexts } from '@/i18n/i18n.ts'

// Dialogs and the employee panel load on first use: they are not part of the first screen's bundle.
const EmployeePanel = lazy(
  withLaterTexts(() => import('./panel/employee-panel.tsx').then((m) => ({ default: m.EmployeePanel }))),
)
const BulkDialog = lazy(
  withLaterTexts(() => import('./bulk/bulk-dialog.tsx').then((m) => ({ default: m.BulkDialog }))),
)
const ExportDialog = lazy(
  withLaterTexts(() => import('./toolbar/export-dialog.tsx').then((m) => ({ default: m.ExportDialog }))),
)
const ActivityBar = lazy(
  withLaterTexts(() => import('./activity/activity-bar.tsx').then((m) => ({ default: m.ActivityBar }))),
)
const ActivityDialog = lazy(
  withLaterTexts(() => import('./activity/activity-dialog.tsx').then((m) => ({ default: m.ActivityDialog }))),
)
const AssignDialog = lazy(
  withLaterTexts(() => import('./extension/assign-dialog.tsx').then((m) => ({ default: m.AssignDialog }))),
)
const ImportDialog = lazy(
  withLaterTexts(() => import('./import/import-dialog.tsx').then((m) => ({ default: m.ImportDialog }))),
)

/** What picks and orders the rows: when it changes, the table shows the new list from its top. */
function listKeyOf(view: TableView, activityFilter: string): string {
  const { search, departmentId, phone, extension, sort, descending } = view
  return JSON.stringify([search, departmentId, phone, extension, sort, descending, activityFilter])
}

/** The loaded list: notices, view controls, selection with bulk actions and export, and the table. */
export function UsersScreen({
  directory: latestDirectory,
  loading,
  pending = false,
  directoryError,
  onReload,
}: {
  directory: Directory
  loading: boolean
  /** The list's first batch has not landed yet: `directory` is empty. */
  pending?: boolean
  /** A failed refresh: the list shown is the last one read, and says so. */
  directoryError: AppError | null
  onReload: () => void
}) {
  const { t, i18n } = useTranslation()
  // SIP settings stream in beside the list: each batch of employees' settings is asked for as it lands.
  const sip = useSipSettings(true)
  // While the list's batches land, the screen follows in interruptible renders: each answer's next
  // request goes out between them instead of after a whole screen's render. Once loaded (an edit, a
  // switch), changes show at once, and so do SIP settings always: a switch shows its new state at once.
  // The first batch itself is drawn at once: a background render of the first rows would start over
  // with every answer that lands meanwhile (the departments, the first SIP settings), and on a slow
  // machine the first rows would wait for all of them.
  const deferredDirectory = useDeferredValue(latestDirectory)
  const loadedDirectory =
    loading && deferredDirectory.employees.length > 0 ? deferredDirectory : latestDirectory
  const { view, update, sortBy } = useTableView()
  // Until the list is whole, a search also asks Bitrix24, and its hits join the rows loaded so far.
  const listLoading = loading && (pending || latestDirectory.employees.length < latestDirectory.total)
  const search = useDirectorySearch(view.search, listLoading, sip.isFetching)
  const directory = useMemo(
    () => withSearchHits(loadedDirectory, search.hits, search.departments),
    [loadedDirectory, search.hits, search.departments],
  )
  const { employees, departments, lines } = directory
  const { employees: shown, view: shownView } = useShownEmployees(directory, sip.data, view, i18n.language)
  const byId = useMemo(() => new Map(employees.map((e) => [e.id, e])), [employees])
  const { selected, select, clear } = useSelection()
  const [exporting, setExporting] = useState<Employee[] | null>(null)
  const [panelId, setPanelId] = useState<number | null>(null)
  const bulk = useBulk()
  const rights = useEditRights()
  const [assigning, setAssigning] = useState<number[] | null>(null)
  const [importing, setImporting] = useState(false)
  const activity = useActivityView(shown, sip.data)
  // The first batch drawn (rows, or the empty state a filter leaves): the list's later pages may go.
  const firstDrawn = employees.length > 0 || pending !== true
  useEffect(() => {
    if (firstDrawn) markRowsShown()
  }, [firstDrawn])
  const scan = useActivityScan()

  // The Stack is one value so the provider can wrap it without reindenting it.
  const screen = (
    <Stack gap="sm">
      <UsersNotices
        directory={loadedDirectory}
        loading={loading}
        directoryError={directoryError}
        onReload={onReload}
        sip={sip}
        // A run cut off last time is resumed only over Bitrix24's list, not the one kept from then.
        interrupted={directory.restored ? null : bulk.interrupted}
        onResume={bulk.ask}
        onDismissInterrupted={bulk.dismissInterrupted}
      />
      <ViewToolbar
        view={view}
        onChange={update}
        departments={departments}
        shown={activity.listed.length}
        total={pending && employees.length === 0 ? null : employees.length}
        sipReady={sip.isSuccess}
        onExport={() => setExporting(activity.listed)}
        onRefresh={onReload}
        refreshing={loading || sip.isFetching}
        shared={conflictsOf(employees).shared.size}
        rights={rights}
        onImport={rights?.canEdit ? () => setImporting(true) : undefined}
      />
      <SearchStatus search={search} found={activity.listed.length} />
      <Suspense>
        <ActivityBar
          scanned={activity.scan !== undefined}
          selected={selected.size}
          disabled={activity.listed.length === 0 && selected.size === 0}
          filter={activity.filter}
          onFilter={activity.setFilter}
          unused={activity.unused}
          onScan={() =>
            scan.ask(
              selected.size > 0 ? inTableOrder(shown, employees, selected) : activity.listed.map((e) => e.id),
            )
          }
        />
      </Suspense>
      <BulkBar
        count={selected.size}
        // Bulk changes wait for Bitrix24's list: the kept one may hold people who have left.
        disabled={!sip.isSuccess || directory.restored === true}
        onSwitch={(on) => bulk.ask([...selected], on)}
        onExport={() => setExporting(employees.filter((e) => selected.has(e.id)))}
        onClear={clear}
        onAssign={rights?.canEdit ? () => setAssigning(inTableOrder(shown, employees, selected)) : undefined}
      />
      {employees.length === 0 && pending ? (
        <LoadingList />
      ) : employees.length === 0 ? (
        <EmptyState icon={<PersonSearchIcon />}>{t('users.empty')}</EmptyState>
      ) : activity.listed.length === 0 ? (
        <EmptyState icon={<SearchIcon />}>
          {t(listLoading ? 'directorySearch.noMatchYet' : 'users.noMatch')}
        </EmptyState>
      ) : (
        <UsersTable
          employees={activity.listed}
          activity={activity.scan}
          departments={departments}
          lines={lines}
          sip={{ data: sip.data, error: sip.error }}
          sort={view}
          onSort={sortBy}
          listKey={listKeyOf(shownView, activity.filter)}
          selected={selected}
          onSelect={select}
          onOpen={setPanelId}
        />
      )}
      <Suspense>
        {panelId !== null && <EmployeePanel employeeId={panelId} onClose={() => setPanelId(null)} />}
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
        {importing && <ImportDialog employees={byId} onClose={() => setImporting(false)} />}
        {scan.state.step !== 'idle' && (
          <ActivityDialog
            state={scan.state}
            employees={byId}
            onStart={(ids) => void scan.start(ids)}
            onCancel={scan.cancel}
            onClose={scan.close}
          />
        )}
        {assigning && <AssignDialog ids={assigning} employees={byId} onClose={() => setAssigning(null)} />}
        {exporting && (
          <ExportDialog
            employees={exporting}
            departments={departments}
            activity={activity.scan}
            sip={sip}
            onClose={() => setExporting(null)}
          />
        )}
      </Suspense>
    </Stack>
  )
  return (
    <ExtensionProvider employees={employees} rights={rights}>
      {screen}
    </ExtensionProvider>
  )
}

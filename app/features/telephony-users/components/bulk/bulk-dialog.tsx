import { Button, Group, Modal, Progress, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@/api/b24/errors.ts'
import { WaitingLine } from '@/components/waiting-notice.tsx'
import { errorText } from '@/i18n/error-text.ts'
import type { Employee } from '@/features/telephony-users/model/types.ts'
import type {
  WriteProgress as BulkProgress,
  WriteResult as BulkResult,
  WriteStatus as BulkStatus,
} from '@/features/telephony-users/writes/write-kind.ts'
import type { BulkJob } from '@/features/telephony-users/bulk/use-bulk.ts'
import type { WriteJob } from '@/features/telephony-users/writes/use-write-job.ts'

/** Confirmation, progress with cancel, and per-employee results of a bulk change. */
export function BulkDialog({
  job,
  employees,
  onConfirm,
  onCancel,
  onRetry,
  onCheckAgain,
  onClose,
}: {
  job: BulkJob
  employees: Map<number, Employee>
  onConfirm: () => void
  onCancel: () => void
  onRetry: () => void
  onCheckAgain: () => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  if (job.step === 'idle') return null
  const title = t(job.on ? 'bulk.confirmTitleOn' : 'bulk.confirmTitleOff')
  const run = { cancel: onCancel, retryFailed: onRetry, checkAgain: onCheckAgain }
  const steps = { employees, run, onClose }
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      closeOnClickOutside={false}
      withCloseButton={job.step !== 'running'}
      closeButtonProps={{ 'aria-label': t('app.dismiss') }}
    >
      {job.step === 'confirm' && (
        <Stack>
          <Text>{t(job.on ? 'bulk.confirmOn' : 'bulk.confirmOff', { count: job.ids.length })}</Text>
          {!job.on && (
            <Text size="sm" c="dimmed">
              {t('bulk.offWarning')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('bulk.cancel')}
            </Button>
            <Button onClick={onConfirm}>{t(job.on ? 'bulk.switchOn' : 'bulk.switchOff')}</Button>
          </Group>
        </Stack>
      )}
      {job.step !== 'confirm' && (
        <JobSteps
          job={job}
          label={t('bulk.progressLabel')}
          doneText={(count) => t(job.on ? 'bulk.doneOn' : 'bulk.doneOff', { count })}
          {...steps}
        />
      )}
    </Modal>
  )
}

/** A bulk job's run and its results, the same for every kind of write. */
export function JobSteps<W>({
  job,
  employees,
  label,
  doneText,
  run,
  onClose,
}: {
  job: WriteJob<W>
  employees: Map<number, Employee>
  /** The progress bar's name. */
  label: string
  /** What was done, as a sentence: "3 SIP phones switched on". */
  doneText: (count: number) => string
  run: { cancel: () => void; retryFailed: () => void; checkAgain: () => void }
  onClose: () => void
}) {
  if (job.step === 'running')
    return (
      <RunningStep
        progress={job.progress}
        cancelling={job.cancelling}
        progressLabel={label}
        onCancel={run.cancel}
      />
    )
  if (job.step === 'done')
    return (
      <Results
        results={job.results}
        checking={job.checking}
        employees={employees}
        doneText={doneText}
        onRetry={run.retryFailed}
        onCheckAgain={run.checkAgain}
        onClose={onClose}
      />
    )
  return null
}

/** What else can happen to an employee, in the summary's order after what was done (each counted once). */
const SUMMARY = {
  failed: 'bulk.failed',
  unverified: 'bulk.unverified',
  unchanged: 'bulk.unchanged',
  skipped: 'bulk.skipped',
} as const satisfies Record<Exclude<BulkStatus, 'done'>, string>
const STATUSES: BulkStatus[] = ['done', ...(Object.keys(SUMMARY) as (keyof typeof SUMMARY)[])]

/** A bulk run under way: how far it is, Bitrix24's waits, and a cancel that stops before the next request. */
function RunningStep({
  progress,
  cancelling,
  progressLabel,
  onCancel,
}: {
  progress: BulkProgress
  cancelling: boolean
  progressLabel: string
  onCancel: () => void
}) {
  const { t } = useTranslation()
  return (
    <Stack>
      <Progress value={(100 * progress.sent) / Math.max(1, progress.total)} aria-label={progressLabel} />
      <Text role="status">{cancelling ? t('bulk.cancelling') : t('bulk.running', { ...progress })}</Text>
      <WaitingLine />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={cancelling}>
          {t('bulk.cancel')}
        </Button>
      </Group>
    </Stack>
  )
}

function Results({
  results,
  checking,
  employees,
  doneText,
  onRetry,
  onCheckAgain,
  onClose,
}: {
  results: Map<number, BulkResult>
  checking: boolean
  employees: Map<number, Employee>
  /** What was done, as a sentence: "3 SIP phones switched on". */
  doneText: (count: number) => string
  onRetry: () => void
  onCheckAgain: () => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const counts = new Map<BulkStatus, number>(STATUSES.map((status) => [status, 0]))
  for (const result of results.values()) counts.set(result.status, (counts.get(result.status) ?? 0) + 1)
  const count = (status: BulkStatus) => counts.get(status) ?? 0
  const notable = [...results].filter(([, result]) => result.status !== 'done')
  // Only what happened: a clean run is one sentence, not a row of zeros.
  const summary = STATUSES.filter((status) => count(status) > 0).map((status) =>
    status === 'done' ? doneText(count(status)) : t(SUMMARY[status], { count: count(status) }),
  )
  return (
    <Stack>
      <Text role="status" fw={600}>
        {summary.length > 0 ? summary.join(' · ') : doneText(0)}
      </Text>
      {count('unverified') > 0 && (
        <Text size="sm" c="dimmed">
          {t('bulk.unverifiedHint')}
        </Text>
      )}
      {notable.length > 0 && (
        <ScrollArea.Autosize mah={260}>
          <Table aria-label={t('bulk.resultsTitle')} layout="fixed">
            <Table.Tbody>
              {notable.map(([id, result]) => {
                const reason = reasonOf(result)
                return (
                  <Table.Tr key={id}>
                    <Table.Td>{employees.get(id)?.fullName ?? `#${id}`}</Table.Td>
                    <Table.Td>
                      {t(`bulk.status_${result.status}`)}
                      {reason && `: ${errorText(t, reason)}`}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      <Group justify="flex-end">
        {count('unverified') > 0 && (
          <Button variant="default" onClick={onCheckAgain} loading={checking}>
            {t('bulk.checkAgain')}
          </Button>
        )}
        {count('failed') > 0 && (
          <Button variant="default" onClick={onRetry} disabled={checking}>
            {t('bulk.retryFailed')}
          </Button>
        )}
        <Button onClick={onClose}>{t('bulk.close')}</Button>
      </Group>
    </Stack>
  )
}

/** Why an employee is listed, when there is more to say than the status (the hint explains a bare "not verified"). */
function reasonOf(result: BulkResult): AppError | undefined {
  if (result.status === 'failed') return result.error
  if (result.status === 'unverified' && result.error.kind !== 'unverified') return result.error
  return undefined
}

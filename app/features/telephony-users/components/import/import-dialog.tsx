import { Modal } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Employee } from '@/features/telephony-users/model/types.ts'
import { extensionWrites } from '@/features/telephony-users/writes/extension-writes.ts'
import { useWriteJob } from '@/features/telephony-users/writes/use-write-job.ts'
import { JobSteps } from '../bulk/bulk-dialog.tsx'
import { ImportPlanStep, type LoadedSheet } from './import-plan-step.tsx'

/**
 * Extensions from a spreadsheet: the file, its columns and a preview of every line's fate, then the
 * run (progress, cancel, results with Bitrix24's reasons). "Retry the failed ones" goes back to the
 * preview, planned again against what Bitrix24 holds now. It cannot be closed while requests go out.
 */
export function ImportDialog({
  employees,
  onClose,
}: {
  employees: Map<number, Employee>
  onClose: () => void
}) {
  const { t } = useTranslation()
  const run = useWriteJob(extensionWrites)
  const [loaded, setLoaded] = useState<LoadedSheet | null>(null)
  const close = () => run.job.step !== 'running' && onClose()
  return (
    <Modal
      opened
      onClose={close}
      title={t('import.title')}
      size="xl"
      closeOnClickOutside={false}
      withCloseButton={run.job.step !== 'running'}
      closeButtonProps={{ 'aria-label': t('app.dismiss') }}
    >
      {run.job.step === 'idle' ? (
        <ImportPlanStep
          employees={employees}
          loaded={loaded}
          setLoaded={setLoaded}
          onClose={close}
          onConfirm={(steps) =>
            run.start(steps.map((step) => ({ userId: step.employeeId, extension: step.extension })))
          }
        />
      ) : (
        <JobSteps
          job={run.job}
          employees={employees}
          label={t('import.progressLabel')}
          doneText={(count) => t('extension.doneAssigned', { count })}
          run={{ cancel: run.cancel, retryFailed: run.reset, checkAgain: run.checkAgain }}
          onClose={close}
        />
      )}
    </Modal>
  )
}

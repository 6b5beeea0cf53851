import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseRange, planExtensions } from '@/features/telephony-users/bulk/plan-extensions.ts'
import type { Assignment } from '@/features/telephony-users/writes/extension-writes.ts'
import {
  useAssignExtensions,
  type AssignForm,
  type AssignJob,
} from '@/features/telephony-users/bulk/use-assign-extensions.ts'
import type { Employee } from '@/features/telephony-users/model/types.ts'
import { AssignPreview } from './assign-preview.tsx'
import { JobSteps } from '../bulk/bulk-dialog.tsx'

/**
 * Bulk assignment of extensions to `ids` (in the table's order): the range and a preview, then progress
 * with cancel, then results. It cannot be closed while requests are going out.
 */
export function AssignDialog({
  ids,
  employees,
  onClose,
}: {
  ids: number[]
  employees: Map<number, Employee>
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { job, confirm, ...run } = useAssignExtensions(ids)
  const close = () => job.step !== 'running' && onClose()
  const steps = { employees, run, onClose: close }
  return (
    <Modal
      opened
      onClose={close}
      title={t('extension.assignTitle')}
      size="lg"
      closeOnClickOutside={false}
      withCloseButton={job.step !== 'running'}
      closeButtonProps={{ 'aria-label': t('app.dismiss') }}
    >
      {job.step === 'plan' && (
        <PlanStep job={job} employees={employees} onConfirm={confirm} onClose={close} />
      )}
      {job.step !== 'plan' && (
        <JobSteps
          job={job}
          label={t('extension.progressLabel')}
          doneText={(count) => t('extension.doneAssigned', { count })}
          {...steps}
        />
      )}
    </Modal>
  )
}

function PlanStep({
  job,
  employees,
  onConfirm,
  onClose,
}: {
  job: Extract<AssignJob, { step: 'plan' }>
  employees: Map<number, Employee>
  onConfirm: (assignments: Assignment[], form: AssignForm) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [form, setForm] = useState(job.form)
  const range = useMemo(() => parseRange(form.from, form.to), [form.from, form.to])
  const chosen = useMemo(() => job.ids.flatMap((id) => employees.get(id) ?? []), [job.ids, employees])
  const taken = useMemo(
    () => new Set([...employees.values()].flatMap((e) => (e.extension ? [e.extension] : []))),
    [employees],
  )
  const plan = useMemo(
    () =>
      range
        ? planExtensions({ employees: chosen, range, replace: form.replace, taken, exclude: job.exclude })
        : [],
    [chosen, range, form.replace, taken, job.exclude],
  )
  const assignments = plan.flatMap((row) =>
    row.action === 'assign' ? [{ userId: row.employee.id, extension: row.extension }] : [],
  )
  const count = (action: string) => plan.filter((row) => row.action === action).length
  const rangeTyped = form.from.trim() !== '' && form.to.trim() !== ''
  return (
    <Stack>
      <Text>{t('extension.assignIntro', { count: chosen.length })}</Text>
      <Group align="flex-start" gap="sm">
        <TextInput
          label={t('extension.rangeFrom')}
          value={form.from}
          onChange={(event) => setForm({ ...form, from: event.currentTarget.value })}
          inputMode="numeric"
          autoComplete="off"
          w={110}
          data-autofocus
        />
        <TextInput
          label={t('extension.rangeTo')}
          value={form.to}
          onChange={(event) => setForm({ ...form, to: event.currentTarget.value })}
          inputMode="numeric"
          autoComplete="off"
          w={110}
        />
      </Group>
      {rangeTyped && !range && (
        <Text size="sm" c="red.8" role="alert">
          {t('extension.rangeInvalid')}
        </Text>
      )}
      <Checkbox
        label={t('extension.replace')}
        checked={form.replace}
        onChange={(event) => setForm({ ...form, replace: event.currentTarget.checked })}
      />
      {range && (
        <>
          <Text size="sm" role="status">
            {t('extension.planSummary', {
              assign: assignments.length,
              keep: count('keep'),
              none: count('none-free'),
            })}
          </Text>
          <AssignPreview plan={plan} />
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('bulk.cancel')}
        </Button>
        <Button onClick={() => onConfirm(assignments, form)} disabled={assignments.length === 0}>
          {t('extension.confirm', { count: assignments.length })}
        </Button>
      </Group>
    </Stack>
  )
}

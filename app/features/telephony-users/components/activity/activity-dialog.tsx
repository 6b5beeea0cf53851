import { Alert, Button, Group, List, Modal, Progress, ScrollArea, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorText } from '@/i18n/error-text.ts'
import { requestsFor } from '@/features/telephony-users/activity/read-last-calls.ts'
import type { ScanState } from '@/features/telephony-users/activity/use-activity-scan.ts'
import type { Employee } from '@/features/telephony-users/model/types.ts'

/** The activity scan: its estimate before anything is sent, progress with cancel, and what it could not read. */
export function ActivityDialog({
  state,
  employees,
  onStart,
  onCancel,
  onClose,
}: {
  state: ScanState
  employees: Map<number, Employee>
  onStart: (ids: number[]) => void
  onCancel: () => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  if (state.step === 'idle') return null
  const total = state.ids.length
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('activity.title')}
      closeOnClickOutside={false}
      withCloseButton={state.step === 'confirm'}
      closeButtonProps={{ 'aria-label': t('app.dismiss') }}
    >
      <Stack>
        {state.step === 'confirm' && (
          <>
            <Text>{t('activity.estimate', { count: total, requests: requestsFor(total) })}</Text>
            <Text size="sm" c="dimmed">
              {t('activity.rightsNote')}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('activity.cancel')}
              </Button>
              <Button onClick={() => onStart(state.ids)}>{t('activity.start')}</Button>
            </Group>
          </>
        )}
        {state.step === 'running' && (
          <>
            <Progress
              value={(state.read / Math.max(1, total)) * 100}
              aria-label={t('activity.progressLabel')}
            />
            <Text role="status">{t('activity.progress', { read: state.read, total })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                {t('activity.cancel')}
              </Button>
            </Group>
          </>
        )}
        {state.step === 'failed' && (
          <Alert color="red" title={t('activity.failedTitle')}>
            {state.error.kind === 'access-denied' ? t('activity.noPermission') : errorText(t, state.error)}
          </Alert>
        )}
        {state.step === 'done' && <ScanResults state={state} employees={employees} />}
        {(state.step === 'done' || state.step === 'failed') && (
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('activity.close')}</Button>
          </Group>
        )}
      </Stack>
    </Modal>
  )
}

/** How many were read, and by name who could not be, so nobody's row is taken for "never called". */
function ScanResults({
  state,
  employees,
}: {
  state: Extract<ScanState, { step: 'done' }>
  employees: Map<number, Employee>
}) {
  const { t } = useTranslation()
  const { scan, ids } = state
  const unreadable = ids.filter((id) => {
    const kind = scan.byId.get(id)?.kind
    return kind === 'unreadable' || kind === 'failed'
  })
  return (
    <>
      <Text role="status">
        {state.cancelled
          ? t('activity.cancelled', { count: scan.notRead })
          : t('activity.done', { count: ids.length - scan.notRead })}
      </Text>
      {unreadable.length > 0 && (
        <Alert color="orange" title={t('activity.unreadableTitle', { count: unreadable.length })}>
          <Text size="sm">{t(scan.reachAll ? 'activity.failedHint' : 'activity.unreadableHint')}</Text>
          <ScrollArea.Autosize mah={160} viewportProps={{ tabIndex: 0 }}>
            <List size="sm" aria-label={t('activity.unreadableTitle', { count: unreadable.length })}>
              {unreadable.map((id) => (
                <List.Item key={id}>{employees.get(id)?.fullName ?? `#${id}`}</List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </Alert>
      )}
    </>
  )
}

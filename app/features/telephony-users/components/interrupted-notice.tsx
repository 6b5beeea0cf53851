import { Alert, Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { AlertIcon } from '@/components/icons/alert-icon.tsx'
import type { BulkJournal } from '../bulk/bulk-journal.ts'

/** A bulk change the page was closed in the middle of: what was sent stays sent, the rest is said. */
export function InterruptedNotice({
  journal,
  onResume,
  onDismiss,
}: {
  journal: BulkJournal
  onResume: (ids: number[]) => void
  onDismiss: () => void
}) {
  const { t } = useTranslation()
  const values = {
    pending: journal.pendingCount,
    sent: journal.total - journal.pendingCount,
    total: journal.total,
  }
  const { pending } = journal
  return (
    <Alert role="alert" color="orange" title={t('bulk.interruptedTitle')} icon={<AlertIcon />}>
      {t(journal.on ? 'bulk.interruptedOn' : 'bulk.interruptedOff', values)}
      <Group mt="xs" gap="sm">
        {pending && (
          <Button size="xs" onClick={() => onResume(pending)}>
            {t('bulk.resume')}
          </Button>
        )}
        <Button size="xs" variant="default" onClick={onDismiss}>
          {t('bulk.dismiss')}
        </Button>
      </Group>
    </Alert>
  )
}

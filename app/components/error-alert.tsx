import { Alert, Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@/api/b24/errors.ts'
import { errorText } from '@/i18n/error-text.ts'
import { AlertIcon } from './icons/alert-icon.tsx'

/** A failed load, in words that match its kind, with a retry. */
export function ErrorAlert({
  title,
  error,
  onRetry,
}: {
  title: string
  error: AppError
  onRetry: () => void
}) {
  const { t } = useTranslation()
  return (
    <Alert role="alert" color="red" title={title} icon={<AlertIcon />}>
      {errorText(t, error)}
      <div>
        <Button size="xs" mt="xs" variant="default" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      </div>
    </Alert>
  )
}

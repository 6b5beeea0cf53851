import { Alert, Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AppError } from '../../../api/b24/errors.ts'

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
  const description = error.detail.kind === 'rest' ? error.detail.description : ''
  return (
    <Alert role="alert" color="red" title={title}>
      {t(`errors.${error.kind}`, { description })}
      <div>
        <Button size="xs" mt="xs" variant="default" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      </div>
    </Alert>
  )
}

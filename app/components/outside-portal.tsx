import { Button, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@/api/b24/errors.ts'
import { Centered } from './centered.tsx'

/** Shown instead of hanging when there is no Bitrix24 portal around the page, or it never answers. */
export function OutsidePortal({ error }: { error: AppError }) {
  const { t } = useTranslation()
  const notInFrame = error.kind === 'not-in-frame'
  return (
    <Centered>
      <Title order={1} size="h3">
        {t('outside.title')}
      </Title>
      <Text c="dimmed">{notInFrame ? t('outside.notInFrame') : t('outside.noAnswer')}</Text>
      {!notInFrame && <Button onClick={() => window.location.reload()}>{t('outside.reload')}</Button>}
    </Centered>
  )
}

import { Loader, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Centered } from './centered.tsx'

export function LoadingScreen() {
  const { t } = useTranslation()
  return (
    <Centered>
      <Loader aria-hidden />
      <Text role="status">{t('app.loading')}</Text>
    </Centered>
  )
}

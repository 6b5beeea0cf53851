import { Title, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/**
 * The app's heading, for assistive technology only: the portal shows the title above the frame
 * (setTitle) and who is signed in in its own header, so the frame repeats neither.
 */
export function AppHeader() {
  const { t } = useTranslation()
  return (
    <VisuallyHidden component="header">
      <Title order={1}>{t('app.title')}</Title>
    </VisuallyHidden>
  )
}

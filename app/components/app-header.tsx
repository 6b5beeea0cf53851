import { Group, Text, Title, VisuallyHidden } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { currentUserQuery } from '@/api/current-user.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'

/** The app's title and who is working in it, in which language. */
export function AppHeader() {
  const { t, i18n } = useTranslation()
  const { client } = usePortal()
  const user = useQuery(currentUserQuery(client))
  const language =
    new Intl.DisplayNames([i18n.language], { type: 'language' }).of(i18n.language) ?? i18n.language
  return (
    <Group justify="flex-end" wrap="nowrap" px="md" py="xs" component="header">
      {/* The portal shows the title above the frame (setTitle); the heading stays for assistive technology. */}
      <VisuallyHidden>
        <Title order={1}>{t('app.title')}</Title>
      </VisuallyHidden>
      <Text size="sm" c="dimmed" aria-live="polite">
        {user.data ? t('app.signedInAs', { name: user.data.fullName, language }) : ''}
      </Text>
    </Group>
  )
}

import { Group, Loader, Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** "1,250 of 10,000" while the list streams in. */
export function LoadProgress({ loaded, total }: { loaded: number; total: number }) {
  const { t } = useTranslation()
  const label = t('users.progress', { loaded, total })
  return (
    <Stack gap={4}>
      <Text size="sm" role="status">
        {label}
      </Text>
      <Progress value={total > 0 ? (100 * loaded) / total : 0} aria-label={label} size="sm" />
    </Stack>
  )
}

/** The list kept from the last visit is on screen while Bitrix24's answer loads (whole, then it replaces it). */
export function UpdatingNotice() {
  const { t } = useTranslation()
  return (
    <Group gap="xs" role="status">
      <Loader size="xs" aria-hidden />
      <Text size="sm">{t('users.updating')}</Text>
    </Group>
  )
}

/** In place of the table until the list's first batch lands (the screen around it is already up). */
export function LoadingList() {
  const { t } = useTranslation()
  return (
    <Group justify="center" p="xl" role="status">
      <Loader size="sm" aria-hidden />
      <Text>{t('users.loadingList')}</Text>
    </Group>
  )
}

import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { toAppError, type AppError } from '@/api/b24/errors.ts'
import { errorText } from '@/i18n/error-text.ts'

/** Install mode: what the app needs from the portal, then `installFinish`. */
export function InstallPage({ onInstalled }: { onInstalled: () => void }) {
  const { t } = useTranslation()
  const { installFinish } = usePortal()
  const [state, setState] = useState<{ busy: boolean; error: AppError | null }>({ busy: false, error: null })
  const finish = async () => {
    setState({ busy: true, error: null })
    try {
      await installFinish()
      onInstalled()
    } catch (error) {
      setState({ busy: false, error: toAppError(error) })
    }
  }
  return (
    <Stack maw={640} p="md" gap="md">
      <Group gap="sm" wrap="nowrap">
        <img src="./icon.svg" alt="" width={48} height={48} />
        <Title order={2}>{t('install.title')}</Title>
      </Group>
      <Text>{t('install.intro')}</Text>
      <List spacing="xs">
        <List.Item>{t('install.scopes')}</List.Item>
        <List.Item>{t('install.permission')}</List.Item>
        <List.Item>{t('install.approval')}</List.Item>
      </List>
      {state.error && (
        <Alert role="alert" color="red" title={t('install.failed')}>
          {errorText(t, state.error)}
        </Alert>
      )}
      <div>
        <Button onClick={() => void finish()} loading={state.busy}>
          {t('install.finish')}
        </Button>
      </div>
    </Stack>
  )
}

import { Alert, Button, Group, List, Loader, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AlertIcon } from '@/components/icons/alert-icon.tsx'
import { toAppError, type AppError } from '@/api/b24/errors.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { errorText } from '@/i18n/error-text.ts'

/** After this long without the portal's reload, the page says what to do, still without calling it a failure. */
export const SLOW_FINISH_MS = 30_000

type Step = { step: 'ready' } | { step: 'finishing'; slow: boolean } | { step: 'failed'; error: AppError }

/**
 * Install mode: what the app needs from the portal, then `installFinish`. Bitrix24 answers it by reloading
 * the portal page (docs/bitrix24.md, "setInstallFinish"), so the page waits for that reload; it reports a
 * failure only when the SDK itself says one happened.
 */
export function InstallPage({ onInstalled }: { onInstalled: () => void }) {
  const { t } = useTranslation()
  const { installFinish } = usePortal()
  const [state, setState] = useState<Step>({ step: 'ready' })
  const finishing = state.step === 'finishing'
  useEffect(() => {
    if (!finishing) return
    const timer = setTimeout(() => setState({ step: 'finishing', slow: true }), SLOW_FINISH_MS)
    return () => clearTimeout(timer)
  }, [finishing])

  const finish = async () => {
    setState({ step: 'finishing', slow: false })
    try {
      await installFinish()
      onInstalled() // a parent that does answer: go on without a reload
    } catch (error) {
      setState({ step: 'failed', error: toAppError(error) })
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
        <List.Item>{t('install.userScope')}</List.Item>
      </List>
      {state.step === 'failed' && (
        <Alert role="alert" color="red" title={t('install.failed')} icon={<AlertIcon />}>
          {errorText(t, state.error)}
        </Alert>
      )}
      {state.step === 'finishing' ? (
        <Group gap="xs" role="status" wrap="nowrap">
          <Loader size="xs" aria-hidden />
          <Text>{state.slow ? t('install.finishingSlow') : t('install.finishing')}</Text>
        </Group>
      ) : (
        <div>
          <Button onClick={() => void finish()}>{t('install.finish')}</Button>
        </div>
      )}
    </Stack>
  )
}

import { Alert, Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { AlertIcon } from '@/components/icons/alert-icon.tsx'
import { InfoIcon } from '@/components/icons/info-icon.tsx'

/** The administrator-approval states of voximplant.user.get (docs/bitrix24.md "Confirmation"). */
export function ApprovalBanner({
  state,
  isAdmin,
  checking,
  onCheck,
}: {
  state: 'pending' | 'denied'
  isAdmin: boolean
  checking: boolean
  onCheck: () => void
}) {
  const { t } = useTranslation()
  if (state === 'denied') {
    return (
      <Alert role="alert" color="red" title={t('approval.deniedTitle')} icon={<AlertIcon />}>
        {t('approval.deniedBody')}
      </Alert>
    )
  }
  return (
    <Alert role="alert" color="yellow" title={t('approval.pendingTitle')} icon={<InfoIcon />}>
      <Text size="sm">{isAdmin ? t('approval.pendingBodyAdmin') : t('approval.pendingBodyUser')}</Text>
      <Group mt="xs" gap="sm">
        <Button size="xs" variant="default" onClick={onCheck} loading={checking}>
          {t('approval.checkAgain')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('approval.autoCheck')}
        </Text>
      </Group>
    </Alert>
  )
}

import { Alert, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useBitrixWait } from '@/api/b24/bitrix-wait.ts'
import { InfoIcon } from './icons/info-icon.tsx'

/** What the app is waiting for and until when, in the user's language; null when nothing waits. */
function useWaitMessage(): { title: string; body: string } | null {
  const { t, i18n } = useTranslation()
  const wait = useBitrixWait()
  if (!wait) return null
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(wait.until)
  const limited = wait.code === 'QUERY_LIMIT_EXCEEDED' || wait.code === 'OPERATION_TIME_LIMIT'
  return {
    title: t(limited ? 'waiting.limitedTitle' : 'waiting.faultTitle'),
    body: t('waiting.until', { time }),
  }
}

/** "Bitrix24 is limiting requests: the app continues at 10:42:05" while the SDK or the client waits. */
export function WaitingNotice() {
  const message = useWaitMessage()
  if (!message) return null
  return (
    <Alert role="status" color="bitrix" mb="sm" title={message.title} icon={<InfoIcon />}>
      {message.body}
    </Alert>
  )
}

/** The same, as one line for a dialog that covers the page's notice. */
export function WaitingLine() {
  const message = useWaitMessage()
  if (!message) return null
  return (
    <Text role="status" size="sm" c="dimmed">
      {message.title}. {message.body}
    </Text>
  )
}

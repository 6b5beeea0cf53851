import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useBitrixWait } from '../api/b24/bitrix-wait.ts'

/** "Bitrix24 is limiting requests: the app continues at 10:42:05" while the SDK waits to retry. */
export function WaitingNotice() {
  const { t, i18n } = useTranslation()
  const wait = useBitrixWait()
  if (!wait) return null
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(wait.until)
  const limited = wait.code === 'QUERY_LIMIT_EXCEEDED' || wait.code === 'OPERATION_TIME_LIMIT'
  return (
    <Alert
      role="status"
      color="bitrix"
      mb="sm"
      title={t(limited ? 'waiting.limitedTitle' : 'waiting.faultTitle')}
    >
      {t('waiting.until', { time })}
    </Alert>
  )
}

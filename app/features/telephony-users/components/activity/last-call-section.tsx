import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useActivity } from '@/features/telephony-users/activity/activity-cache.ts'
import { matchesActivity } from '@/features/telephony-users/activity/classify.ts'
import type { PhoneState } from '@/features/telephony-users/model/types.ts'
import { lastCallText } from './last-call-text.ts'

/**
 * The employee's last call in their panel, once a scan has read it. A phone on and unused is explained:
 * only Bitrix24's own Telephony → Users (linked in the panel) can switch it off.
 */
export function LastCallSection({
  employeeId,
  phone,
}: {
  employeeId: number
  phone: PhoneState | undefined
}) {
  const { t, i18n } = useTranslation()
  const scan = useActivity()
  if (!scan || !scan.byId.has(employeeId)) return null
  const entry = scan.byId.get(employeeId)
  const { text, detail } = lastCallText(t, entry, scan.readAt, i18n.language)
  return (
    <Stack gap={2} component="section" aria-label={t('activity.column')}>
      <Text size="sm" c="dimmed">
        {t('activity.column')}
      </Text>
      <Text size="sm">{detail ? `${text} · ${detail}` : text}</Text>
      {matchesActivity('unused-90', entry, phone, scan.readAt) && (
        <Text size="sm">{t('activity.unusedOne')}</Text>
      )}
    </Stack>
  )
}

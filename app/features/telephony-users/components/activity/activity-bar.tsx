import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { toAppError } from '@/api/b24/errors.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { errorText } from '@/i18n/error-text.ts'
import { showToast } from '@/lib/toasts.ts'
import { ACTIVITY_FILTERS, type ActivityFilter } from '@/features/telephony-users/activity/classify.ts'
import { TELEPHONY_USERS_PATH } from '../row/phone-switch.tsx'

/**
 * The scan's button (the selection, or the rows shown), and once a scan has run the activity filter
 * and the unused phones, which only Bitrix24's own page can switch off.
 */
export function ActivityBar({
  scanned,
  selected,
  disabled,
  filter,
  onFilter,
  unused,
  onScan,
}: {
  scanned: boolean
  selected: number
  disabled: boolean
  filter: ActivityFilter
  onFilter: (filter: ActivityFilter) => void
  /** Rows with the phone on and no call in 90 days. */
  unused: number
  onScan: () => void
}) {
  const { t } = useTranslation()
  const { openPath } = usePortal()
  const openTelephonyUsers = () =>
    void openPath(TELEPHONY_USERS_PATH).catch((error: unknown) =>
      showToast({ tone: 'error', title: t('phone.openFailed'), message: errorText(t, toAppError(error)) }),
    )
  return (
    <Stack gap={4}>
      <Group align="end" gap="sm">
        <Button size="xs" variant="default" onClick={onScan} disabled={disabled}>
          {selected > 0 ? t('activity.scanSelected', { count: selected }) : t('activity.scan')}
        </Button>
        {scanned && (
          <NativeSelect
            label={t('activity.filter')}
            data={ACTIVITY_FILTERS.map((value) => ({ value, label: t(`activity.filter_${value}`) }))}
            value={filter}
            onChange={(event) =>
              onFilter(ACTIVITY_FILTERS.find((v) => v === event.currentTarget.value) ?? 'all')
            }
            w={230}
          />
        )}
      </Group>
      {scanned && unused > 0 && (
        <Alert color="yellow" p="xs">
          <Text size="sm">{t('activity.unusedNote', { count: unused })}</Text>
          <Anchor component="button" type="button" size="sm" onClick={openTelephonyUsers}>
            {t('phone.openTelephonyUsers')}
          </Anchor>
        </Alert>
      )}
    </Stack>
  )
}

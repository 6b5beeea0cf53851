import { Anchor, Group, Stack, Switch, Text } from '@mantine/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { usePortal } from '../../../api/b24/portal-context.tsx'
import type { Employee } from '../api/model.ts'
import type { SipCell } from '../api/sip-cell.ts'
import { useTogglePhone } from '../api/use-toggle-phone.ts'

export const TELEPHONY_USERS_PATH = '/telephony/users.php'

const REASONS = {
  loading: 'phone.reasonUnavailable',
  pending: 'phone.reasonPending',
  denied: 'phone.reasonDenied',
  'no-permission': 'phone.reasonNoPermission',
  unavailable: 'phone.reasonUnavailable',
} as const

/** The on/off switch of one employee's SIP phone, named after the employee for screen readers. */
export function PhoneSwitch({ employee, cell }: { employee: Employee; cell: SipCell }) {
  const { t } = useTranslation()
  const { openPath } = usePortal()
  const toggle = useTogglePhone(employee)
  const reasonId = useId()
  const label = t('phone.switchLabel', { name: employee.fullName })

  if (cell.state !== 'ready') {
    return (
      <Group gap="xs" wrap="nowrap">
        <Switch
          aria-label={label}
          checked={false}
          disabled
          aria-describedby={reasonId}
          onChange={() => undefined}
        />
        <Text size="xs" c="dimmed" id={reasonId}>
          {t(REASONS[cell.state])}
        </Text>
      </Group>
    )
  }

  const { phone } = cell.settings
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="nowrap">
        <Switch
          aria-label={label}
          checked={phone === 'on'}
          onChange={(event) => toggle.mutate(event.currentTarget.checked)}
        />
        <Text size="xs" c={phone === 'on' ? undefined : 'dimmed'} aria-live="polite">
          {toggle.isPending ? t('phone.saving') : t(`phone.${phone}`)}
        </Text>
      </Group>
      {cell.keptOn && (
        <Text size="xs" c="orange.8" role="status">
          {t('phone.keptOn')}{' '}
          <Anchor
            component="button"
            type="button"
            size="xs"
            title={t('phone.keptOnHelp')}
            onClick={() => void openPath(TELEPHONY_USERS_PATH).catch(() => undefined)}
          >
            {t('phone.openTelephonyUsers')}
          </Anchor>
        </Text>
      )}
    </Stack>
  )
}

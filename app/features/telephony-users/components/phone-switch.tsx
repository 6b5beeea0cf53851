import { Anchor, Switch, VisuallyHidden } from '@mantine/core'
import { useId } from 'react'
import type { TFunction } from 'i18next'
import { toAppError } from '../../../api/b24/errors.ts'
import { usePortal } from '../../../api/b24/portal-context.tsx'
import { showToast } from '../../../lib/toasts.ts'
import type { Employee } from '../api/model.ts'
import { SIP_STATE_TEXT, type SipCell } from '../api/sip-cell.ts'
import { useTogglePhone } from '../api/use-toggle-phone.ts'
import classes from './row.module.css'

export const TELEPHONY_USERS_PATH = '/telephony/users.php'

const REASONS = {
  loading: 'phone.reasonUnavailable',
  pending: 'phone.reasonPending',
  denied: 'phone.reasonDenied',
  'no-permission': 'phone.reasonNoPermission',
  unavailable: 'phone.reasonUnavailable',
} as const

/** The on/off switch of one employee's SIP phone, named after the employee for screen readers. */
export function PhoneSwitch({ employee, cell, t }: { employee: Employee; cell: SipCell; t: TFunction }) {
  const { openPath } = usePortal()
  const toggle = useTogglePhone(employee, t)
  const reasonId = useId()
  const label = t('phone.switchLabel', { name: employee.fullName })

  if (cell.state !== 'ready') {
    return (
      <div className={classes.line}>
        <Switch
          aria-label={label}
          checked={false}
          disabled
          aria-describedby={reasonId}
          onChange={() => undefined}
        />
        <span className={classes.dim} aria-hidden>
          {t(SIP_STATE_TEXT[cell.state])}
        </span>
        <VisuallyHidden id={reasonId}>{t(REASONS[cell.state])}</VisuallyHidden>
      </div>
    )
  }

  const { phone } = cell.settings
  const state = toggle.isPending
    ? t('phone.saving')
    : cell.keptOn
      ? t('phone.keptOnShort')
      : t(`phone.${phone}`)
  return (
    <div className={classes.stack}>
      <div className={classes.line}>
        <Switch
          aria-label={label}
          checked={phone === 'on'}
          onChange={(event) => toggle.mutate(event.currentTarget.checked)}
        />
        <span
          className={cell.keptOn ? classes.warn : phone === 'on' ? classes.small : classes.dim}
          aria-live="polite"
        >
          {state}
        </span>
      </div>
      {cell.keptOn && (
        <>
          <VisuallyHidden role="status">{t('phone.keptOn')}</VisuallyHidden>
          <Anchor
            component="button"
            type="button"
            size="xs"
            title={t('phone.keptOnHelp')}
            onClick={() =>
              void openPath(TELEPHONY_USERS_PATH).catch((error: unknown) =>
                showToast({
                  tone: 'error',
                  title: t('phone.openFailed'),
                  message: t(`errors.${toAppError(error).kind}`, { description: toAppError(error).message }),
                }),
              )
            }
          >
            {t('phone.openTelephonyUsers')}
          </Anchor>
        </>
      )}
    </div>
  )
}

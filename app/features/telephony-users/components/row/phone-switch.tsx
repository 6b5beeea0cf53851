import { Anchor } from '@mantine/core'
import { useId } from 'react'
import { toAppError } from '@/api/b24/errors.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { errorText } from '@/i18n/error-text.ts'
import { showToast } from '@/lib/toasts.ts'
import type { Employee } from '@/features/telephony-users/model/types.ts'
import type { SipStatus } from '@/features/telephony-users/model/sip-status.ts'
import { SIP_STATE_TEXT } from './sip-status-text.ts'
import { useTogglePhone } from '@/features/telephony-users/writes/use-toggle-phone.ts'
import classes from './row.module.css'
import { RowSwitch } from './row-controls.tsx'
import { useRowText } from './row-text.tsx'

export const TELEPHONY_USERS_PATH = '/telephony/users.php'

const REASONS = {
  loading: 'phone.reasonUnavailable',
  pending: 'phone.reasonPending',
  denied: 'phone.reasonDenied',
  'no-permission': 'phone.reasonNoPermission',
  unavailable: 'phone.reasonUnavailable',
} as const

/** What a row says when Bitrix24 answered success but holds the other state (docs/bitrix24.md, "activatePhone"). */
const NOT_APPLIED = {
  'kept-on': { short: 'phone.keptOnShort', long: 'phone.keptOn', help: 'phone.keptOnHelp' },
  'stayed-off': { short: 'phone.stayedOffShort', long: 'phone.stayedOff', help: 'phone.stayedOffHelp' },
} as const

/** The on/off switch of one employee's SIP phone, named after the employee for screen readers. */
export function PhoneSwitch({ employee, status }: { employee: Employee; status: SipStatus }) {
  const t = useRowText()
  const { openPath } = usePortal()
  const toggle = useTogglePhone(employee.id, (error, on) =>
    showToast({
      tone: 'error',
      title: t(on ? 'toggle.failedOn' : 'toggle.failedOff', { name: employee.fullName }),
      message: errorText(t, error),
    }),
  )
  const reasonId = useId()
  const label = t('phone.switchLabel', { name: employee.fullName })

  if (status.state !== 'ready') {
    return (
      <div className={classes.line}>
        <RowSwitch
          aria-label={label}
          checked={false}
          disabled
          aria-describedby={reasonId}
          onChange={() => undefined}
        />
        {/* Two lines if need be: the column is narrow, and "Awaiting approval" must read whole. */}
        <span className={classes.dimWrap} aria-hidden>
          {t(SIP_STATE_TEXT[status.state])}
        </span>
        <span id={reasonId} className={classes.visuallyHidden}>
          {t(REASONS[status.state])}
        </span>
      </div>
    )
  }

  const { phone } = status.settings
  const { notApplied } = status
  const texts = notApplied ? NOT_APPLIED[notApplied] : null
  const state = toggle.isPending ? t('phone.saving') : texts ? t(texts.short) : t(`phone.${phone}`)
  return (
    <div className={classes.stack}>
      <div className={classes.line}>
        <RowSwitch
          aria-label={label}
          checked={phone === 'on'}
          onChange={(event) => toggle.mutate(event.currentTarget.checked)}
        />
        <span
          className={texts ? classes.warn : phone === 'on' ? classes.small : classes.dim}
          aria-live="polite"
        >
          {state}
        </span>
      </div>
      {texts && (
        <>
          <span role="status" className={classes.visuallyHidden}>
            {t(texts.long)}
          </span>
          <Anchor
            component="button"
            type="button"
            size="xs"
            title={t(texts.help)}
            onClick={() =>
              void openPath(TELEPHONY_USERS_PATH).catch((error: unknown) =>
                showToast({
                  tone: 'error',
                  title: t('phone.openFailed'),
                  message: errorText(t, toAppError(error)),
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

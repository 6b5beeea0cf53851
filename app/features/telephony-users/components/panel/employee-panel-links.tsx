import { Anchor } from '@mantine/core'
import { toAppError } from '@/api/b24/errors.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { errorText } from '@/i18n/error-text.ts'
import { showToast } from '@/lib/toasts.ts'
import type { Employee } from '@/features/telephony-users/model/types.ts'
import classes from './employee-panel.module.css'
import { TELEPHONY_USERS_PATH } from '../row/phone-switch.tsx'
import { useRowText } from '../row/row-text.tsx'

/** Bitrix24's page of an employee, opened in its slider. */
export const profilePath = (employeeId: number) => `/company/personal/user/${employeeId}/`

/**
 * The employee's profile and Telephony → Users, where what REST cannot change (the line, the password)
 * is set. `openPath` settles only when the slider closes (docs/bitrix24.md, "openPath"): nothing waits on it.
 */
export function EmployeePanelLinks({ employee }: { employee: Employee }) {
  const t = useRowText()
  const { openPath } = usePortal()
  const open = (path: string, failedTitle: string) =>
    void openPath(path).catch((error: unknown) =>
      showToast({ tone: 'error', title: failedTitle, message: errorText(t, toAppError(error)) }),
    )
  return (
    <div className={classes.links}>
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => open(profilePath(employee.id), t('panel.profileFailed'))}
      >
        {t('panel.profile')}
      </Anchor>
      <Anchor
        component="button"
        type="button"
        size="sm"
        title={t('panel.telephonyUsersHint')}
        onClick={() => open(TELEPHONY_USERS_PATH, t('phone.openFailed'))}
      >
        {t('phone.openTelephonyUsers')}
      </Anchor>
    </div>
  )
}

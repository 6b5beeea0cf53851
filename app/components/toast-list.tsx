import { CloseButton, Notification, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { dismissToast, type Toast } from '@/lib/toasts.ts'
import classes from './toast-region.module.css'

/** The messages themselves; errors announce themselves to screen readers (`alert`). */
export function ToastList({ toasts }: { toasts: readonly Toast[] }) {
  const { t } = useTranslation()
  return (
    <Stack className={classes.region} gap="xs">
      {toasts.map((toast) => (
        <Notification
          key={toast.id}
          role={toast.tone === 'error' ? 'alert' : 'status'}
          color={toast.tone === 'error' ? 'red' : 'bitrix'}
          title={toast.title}
          withCloseButton={false}
          withBorder
        >
          {toast.message}
          <CloseButton
            className={classes.close}
            size="sm"
            aria-label={t('app.dismiss')}
            onClick={() => dismissToast(toast.id)}
          />
        </Notification>
      ))}
    </Stack>
  )
}

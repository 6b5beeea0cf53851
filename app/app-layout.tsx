import { Box } from '@mantine/core'
import { lazy, Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePortal } from './api/b24/portal-context.tsx'
import { AppErrorBoundary } from './components/app-error-boundary.tsx'
import { AppHeader } from './components/app-header.tsx'
import { WaitingNotice } from './components/waiting-notice.tsx'
import { TelephonyUsersPage } from './features/telephony-users/components/telephony-users-page.tsx'
import { useFitFrame } from './lib/use-fit-frame.ts'
import { withLaterTexts } from '@/i18n/i18n.ts'

// Shown once, when the app is installed: not part of every other opening's bundle.
const InstallPage = lazy(
  withLaterTexts(() =>
    import('./features/install/components/install-page.tsx').then((m) => ({ default: m.InstallPage })),
  ),
)

/** Where the features meet. */
export function AppLayout() {
  const { t } = useTranslation()
  const portal = usePortal()
  const [installing, setInstalling] = useState(portal.installMode)
  useFitFrame(portal.fitWindow)
  useEffect(() => {
    portal.setTitle(t('app.title')).catch(() => undefined)
  }, [portal, t])
  return (
    <Box>
      <AppHeader />
      <Box component="main" px="md" pb="md">
        <WaitingNotice />
        <AppErrorBoundary>
          {installing ? (
            <Suspense>
              <InstallPage onInstalled={() => setInstalling(false)} />
            </Suspense>
          ) : (
            <TelephonyUsersPage />
          )}
        </AppErrorBoundary>
      </Box>
    </Box>
  )
}

import { Box } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePortal } from './api/b24/portal-context.tsx'
import { AppErrorBoundary } from './components/app-error-boundary.tsx'
import { AppHeader } from './components/app-header.tsx'
import { WaitingNotice } from './components/waiting-notice.tsx'
import { InstallPage } from './features/install/components/install-page.tsx'
import { TelephonyUsersPage } from './features/telephony-users/components/telephony-users-page.tsx'
import { useFitFrame } from './lib/use-fit-frame.ts'

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
          {installing ? <InstallPage onInstalled={() => setInstalling(false)} /> : <TelephonyUsersPage />}
        </AppErrorBoundary>
      </Box>
    </Box>
  )
}

import { useEffect, useMemo, useState } from 'react'
import { PortalProvider } from './api/b24/portal-context.tsx'
import type { Portal } from './api/b24/portal.ts'
import { createQueryClient } from './api/query-client.ts'
import { LoadingScreen } from './components/loading-screen.tsx'
import { OutsidePortal } from './components/outside-portal.tsx'
import { createI18n } from './i18n/i18n.ts'
import { AppLayout } from './app-layout.tsx'
import { useBoot } from './use-boot.ts'
import { Providers } from './providers.tsx'

export function App({ connect }: { connect?: () => Promise<Portal> }) {
  const boot = useBoot(connect)
  const [queryClient] = useState(createQueryClient)
  const lang = boot.state === 'ready' ? boot.portal.lang : undefined
  // The UI follows the portal's language; English until the portal has told us.
  const i18n = useMemo(() => createI18n(lang), [lang])
  useEffect(() => {
    document.documentElement.lang = i18n.language
  }, [i18n])

  return (
    <Providers i18n={i18n} queryClient={queryClient}>
      {boot.state === 'loading' && <LoadingScreen />}
      {boot.state === 'failed' && <OutsidePortal error={boot.error} />}
      {boot.state === 'ready' && (
        <PortalProvider portal={boot.portal}>
          <AppLayout />
        </PortalProvider>
      )}
    </Providers>
  )
}

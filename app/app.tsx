import { lazy, Suspense, useCallback, useState } from 'react'
import { PortalProvider } from './api/b24/portal-context.tsx'
import type { Portal } from './api/b24/portal.ts'
import { createQueryClient } from './api/query-client.ts'
import { LoadingScreen } from './components/loading-screen.tsx'
import { createI18n, setLanguage, withLaterTexts } from './i18n/i18n.ts'
import { AppLayout } from './app-layout.tsx'
import { directoryQuery } from './features/telephony-users/api/get-directory.ts'
import { connectToPortal, useBoot } from './use-boot.ts'
import { indexedDbStore, type KeyValueStore } from './api/persist/key-value-store.ts'
import type * as KeptDirectory from './kept-directory.ts'
import { Providers } from './providers.tsx'

// Shown only when the app is opened outside Bitrix24 (or the portal never answers): loaded then.
const OutsidePortal = lazy(
  withLaterTexts(() => import('./components/outside-portal.tsx').then((m) => ({ default: m.OutsidePortal }))),
)

const browserStore = indexedDbStore

let keptDirectory: Promise<typeof KeptDirectory> | undefined
/**
 * Keeping the list between openings draws nothing: it is its own chunk, fetched beside the frame's
 * handshake (`main.tsx` starts it) and awaited only before the list's first request. A chunk that fails
 * to load means nothing is kept, as in a frame without storage.
 */
export const loadKeptDirectory = () => (keptDirectory ??= import('./kept-directory.ts'))

export function App({
  connect,
  store = browserStore,
}: {
  connect?: () => Promise<Portal>
  /** Where the directory is kept between openings (IndexedDB; tests give their own). */
  store?: () => KeyValueStore
}) {
  const [i18n] = useState(createI18n)
  const [queryClient] = useState(createQueryClient)
  // The UI follows the portal's language: the catalog is loaded before the first screen shows.
  const boot = useBoot(
    useCallback(async () => {
      const portal = await (connect ?? connectToPortal)()
      if (!portal.installMode) {
        // What this user saw last time is shown at once, and read again in any case: the first request
        // follows the restore, so Bitrix24's answer replaces the kept list when whole.
        const kept = await loadKeptDirectory().catch(() => undefined)
        await kept?.restoreDirectory(queryClient, portal, store(), () => i18n.language)
        // The list's first request goes out now, while the language loads and the screen first renders.
        void queryClient.prefetchQuery({ ...directoryQuery(portal.client), staleTime: 0 })
      }
      await setLanguage(i18n, portal.lang).catch(() => undefined) // English if a catalog fails to load
      document.documentElement.lang = i18n.language
      return portal
    }, [connect, i18n, queryClient, store]),
  )

  return (
    <Providers i18n={i18n} queryClient={queryClient}>
      {boot.state === 'loading' && <LoadingScreen />}
      {boot.state === 'failed' && (
        <Suspense fallback={<LoadingScreen />}>
          <OutsidePortal error={boot.error} />
        </Suspense>
      )}
      {boot.state === 'ready' && (
        <PortalProvider portal={boot.portal}>
          <AppLayout />
        </PortalProvider>
      )}
    </Providers>
  )
}

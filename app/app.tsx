import type { QueryClient } from '@tanstack/react-query'
import type { i18n as I18n } from 'i18next'
import { lazy, Suspense } from 'react'
import { PortalProvider } from './api/b24/portal-context.tsx'
import type { Portal } from './api/b24/portal.ts'
import { createQueryClient } from './api/query-client.ts'
import { LoadingScreen } from './components/loading-screen.tsx'
import { createI18n, setLanguage, withLaterTexts } from './i18n/i18n.ts'
import { AppLayout } from './app-layout.tsx'
import { directoryQuery } from './features/telephony-users/api/get-directory.ts'
import { bootOf, connectToPortal, useBoot, type Boot } from './use-boot.ts'
import { indexedDbStore, type KeyValueStore } from './api/persist/key-value-store.ts'
import type * as KeptDirectory from './kept-directory.ts'
import { Providers } from './providers.tsx'

// Shown only when the app is opened outside Bitrix24 (or the portal never answers): loaded then.
const OutsidePortal = lazy(
  withLaterTexts(() => import('./components/outside-portal.tsx').then((m) => ({ default: m.OutsidePortal }))),
)

const browserStore = indexedDbStore

/**
 * Keeping the list between openings draws nothing: it is its own chunk, fetched beside the frame's
 * handshake and awaited only before the list's first request. A chunk that fails to load means nothing
 * is kept, as in a frame without storage.
 */
const loadKeptDirectory = (): Promise<typeof KeptDirectory | undefined> =>
  import('./kept-directory.ts').catch(() => undefined)

/** Everything an opening starts before anything is drawn. */
export interface Opening {
  i18n: I18n
  queryClient: QueryClient
  /** The portal, once connected, with the kept list shown, the list's first request out and the language in. */
  portal: Promise<Portal>
  /** How the opening stands now: ready or failed from the moment `portal` settles. */
  boot: () => Boot
}

/**
 * Starts opening the app: the handshake, the kept list, the list's first request and the portal's
 * language, none of it waiting for React. `main.tsx` calls it before the first render, so on a slow
 * machine the first requests leave while the first screen is still being drawn, not after it.
 */
export function startOpening({
  connect = connectToPortal,
  store = browserStore,
}: {
  connect?: () => Promise<Portal>
  /** Where the directory is kept between openings (IndexedDB; tests give their own). */
  store?: () => KeyValueStore
} = {}): Opening {
  const i18n = createI18n()
  const queryClient = createQueryClient()
  const keeping = loadKeptDirectory()
  const portal = (async () => {
    const portal = await connect()
    if (!portal.installMode) {
      // What this user saw last time is shown at once, and read again in any case: the first request
      // follows the restore, so Bitrix24's answer replaces the kept list when whole.
      const kept = await keeping
      await kept?.restoreDirectory(queryClient, portal, store(), () => i18n.language)
      // The list's first request goes out now, while the language loads and the screen first renders.
      void queryClient.prefetchQuery({ ...directoryQuery(portal.client), staleTime: 0 })
    }
    // The UI follows the portal's language: the catalog is loaded before the first screen shows.
    await setLanguage(i18n, portal.lang).catch(() => undefined) // English if a catalog fails to load
    document.documentElement.lang = i18n.language
    return portal
  })()
  let boot: Boot = { state: 'loading' }
  // The outcome is kept as soon as it is known (`App` shows a failure): the first render reads it.
  void bootOf(portal).then((settled) => (boot = settled))
  return { i18n, queryClient, portal, boot: () => boot }
}

/**
 * "Connecting to Bitrix24…" only where connecting takes long enough to see it: the first render waits
 * this long for the opening, and where the portal has answered by then it draws the app itself. The
 * connecting screen drawn first cost a render, its layout and its paint in the middle of the opening,
 * all thrown away a moment later: with the CPU 4× slower the first rows came 0.1–0.24 s sooner without
 * it (medians of 8–12 alternating opens at 200 employees).
 */
export const CONNECTING_SHOWN_AFTER_MS = 400

/** Resolves when the opening has settled, or after `maxMs`: when `main.tsx` draws the first screen. */
export function openingSettled(opening: Opening, maxMs = CONNECTING_SHOWN_AFTER_MS): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs)
    void bootOf(opening.portal).then(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/** The app for one opening (`main.tsx` starts it before the first render). */
export function App({ opening }: { opening: Opening }) {
  return (
    <Providers i18n={opening.i18n} queryClient={opening.queryClient}>
      <Screen opening={opening} />
    </Providers>
  )
}

/**
 * What the opening shows, below the providers: the portal's answer re-renders this alone. Were the
 * boot state above them, MantineProvider would render again with it, and with it its CSS variables and
 * every Mantine component reading its context.
 */
function Screen({ opening }: { opening: Opening }) {
  const boot = useBoot(opening)
  if (boot.state === 'loading') return <LoadingScreen />
  if (boot.state === 'failed')
    return (
      <Suspense fallback={<LoadingScreen />}>
        <OutsidePortal error={boot.error} />
      </Suspense>
    )
  return (
    <PortalProvider portal={boot.portal}>
      <AppLayout />
    </PortalProvider>
  )
}

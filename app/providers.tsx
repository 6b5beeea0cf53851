import { MantineProvider } from '@mantine/core'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { i18n } from 'i18next'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { ToastRegion } from './components/toast-region.tsx'
import { theme } from './theme.ts'

/** The providers every screen runs under; the tests render inside the same tree (`test/render.tsx`). */
export function Providers({
  i18n,
  queryClient,
  mantineEnv = 'default',
  children,
}: {
  i18n: i18n
  queryClient: QueryClient
  /** `test` turns off Mantine's transitions and portals' delays in unit tests. */
  mantineEnv?: 'default' | 'test'
  children: ReactNode
}) {
  return (
    <MantineProvider
      theme={theme}
      // The theme's CSS variables are generated once from this theme (app/theme-variables.css, `npm run
      // tokens`), not worked out again on every render of the root.
      withCssVariables={false}
      // The frame cannot learn the portal's theme: light, the portal's default (docs/bitrix24.md).
      forceColorScheme="light"
      env={mantineEnv}
    >
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          {children}
          <ToastRegion />
        </I18nextProvider>
      </QueryClientProvider>
    </MantineProvider>
  )
}

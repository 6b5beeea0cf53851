import { QueryClient } from '@tanstack/react-query'
import { render as rtlRender, type RenderOptions } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { PortalProvider } from '@/api/b24/portal-context.tsx'
import type { Portal } from '@/api/b24/portal.ts'
import { createI18n } from '@/i18n/i18n.ts'
import { Providers } from '@/providers.tsx'

/**
 * Renders inside the app's own providers (Mantine in test mode, a fresh QueryClient without retries,
 * English) and the given portal. They are the `wrapper`, so `rerender` keeps them.
 */
export function render(
  ui: ReactElement,
  { portal, ...options }: { portal: Portal } & Omit<RenderOptions, 'wrapper' | 'queries'>,
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  const i18n = createI18n()
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Providers i18n={i18n} queryClient={queryClient} mantineEnv="test">
      <PortalProvider portal={portal}>{children}</PortalProvider>
    </Providers>
  )
  return { ...rtlRender(ui, { wrapper, ...options }), queryClient }
}

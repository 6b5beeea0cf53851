import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render as rtlRender } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import { PortalProvider } from '../api/b24/portal-context.tsx'
import type { Portal } from '../api/b24/portal.ts'
import { createI18n } from '../i18n/i18n.ts'
import { ToastRegion } from '../components/toast-region.tsx'
import { cssVariablesResolver, theme } from '../theme.ts'

/** Renders with Mantine (test env), a fresh QueryClient without retries, i18n and the given portal. */
export function render(ui: ReactElement, { portal }: { portal: Portal }) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  const result = rtlRender(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={createI18n()}>
          <PortalProvider portal={portal}>{ui}</PortalProvider>
          <ToastRegion />
        </I18nextProvider>
      </QueryClientProvider>
    </MantineProvider>,
  )
  return { ...result, queryClient }
}

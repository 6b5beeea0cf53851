import { MantineProvider } from '@mantine/core'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { i18n } from 'i18next'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { ToastRegion } from './components/toast-region.tsx'
import { cssVariablesResolver, theme } from './theme.ts'

export function Providers({
  i18n,
  queryClient,
  children,
}: {
  i18n: i18n
  queryClient: QueryClient
  children: ReactNode
}) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          {children}
          <ToastRegion />
        </I18nextProvider>
      </QueryClientProvider>
    </MantineProvider>
  )
}

import { Alert, Button, Code, Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary'
import { useTranslation } from 'react-i18next'
import { AlertIcon } from './icons/alert-icon.tsx'

/**
 * A render bug must not blank the whole frame: it says what happened and offers a reload. The
 * error's own message is shown (a programming error, never a secret: the password is only ever rendered).
 */
export function AppErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      FallbackComponent={Crashed}
      onError={(error) =>
        console.error('The screen crashed:', error instanceof Error ? error.name : 'unknown')
      }
    >
      {children}
    </ErrorBoundary>
  )
}

function Crashed({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation()
  return (
    <Alert role="alert" color="red" title={t('crash.title')} icon={<AlertIcon />} m="md">
      <Stack gap="xs" align="flex-start">
        {t('crash.body')}
        <Code>{error instanceof Error ? error.message : String(error)}</Code>
        <Button size="xs" variant="default" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </Button>
        <Button size="xs" variant="subtle" onClick={resetErrorBoundary}>
          {t('crash.tryAgain')}
        </Button>
      </Stack>
    </Alert>
  )
}

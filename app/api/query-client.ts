import { QueryClient } from '@tanstack/react-query'
import { isTransient, type AppError } from './b24/errors.ts'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: AppError
  }
}

/**
 * The SDK already retries 503/429/network faults up to 3 tries; the app adds one more later try for
 * transient errors only. Approval, permission and validation errors are answers, not faults.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 1 && isTransient(error),
        retryDelay: 3000,
        refetchOnWindowFocus: false,
        staleTime: 60_000,
      },
      mutations: { retry: false },
    },
  })
}

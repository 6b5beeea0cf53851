import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import { toAppError, type AppError } from '@/api/b24/errors.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { activityKey, mergeScans } from './activity-cache.ts'
import type { ActivityScan } from './read-last-calls.ts'

export type ScanState =
  | { step: 'idle' }
  | { step: 'confirm'; ids: number[] }
  | { step: 'running'; ids: number[]; read: number }
  | { step: 'done'; ids: number[]; scan: ActivityScan; cancelled: boolean }
  | { step: 'failed'; ids: number[]; error: AppError }

/**
 * The scan as the dialog runs it: asked for, confirmed with its estimate, under way with progress and
 * cancel, then finished (what it read goes to the cache the column, filters and export read).
 * An empty answer proves "never called" only for an administrator (docs/bitrix24.md
 * "voximplant.statistic.get", the app's rule).
 */
export function useActivityScan() {
  const { client, isAdmin } = usePortal()
  const queryClient = useQueryClient()
  const [state, setState] = useState<ScanState>({ step: 'idle' })
  const controller = useRef<AbortController | null>(null)

  const ask = useCallback((ids: number[]) => setState({ step: 'confirm', ids }), [])
  const close = useCallback(() => {
    controller.current?.abort()
    controller.current = null
    setState({ step: 'idle' })
  }, [])
  const cancel = useCallback(() => controller.current?.abort(), [])

  const start = useCallback(
    async (ids: number[]) => {
      const abort = new AbortController()
      controller.current = abort
      setState({ step: 'running', ids, read: 0 })
      try {
        // The reader loads with the scan: it is not part of the first screen's bundle.
        const { readLastCalls } = await import('./read-last-calls.ts')
        const scan = await readLastCalls(client, ids, {
          reachAll: isAdmin,
          signal: abort.signal,
          onProgress: (read) => {
            if (controller.current === abort) setState({ step: 'running', ids, read })
          },
        })
        queryClient.setQueryData(activityKey, (previous) => mergeScans(previous, scan))
        if (controller.current === abort)
          setState({ step: 'done', ids, scan, cancelled: abort.signal.aborted })
      } catch (error) {
        if (controller.current === abort) setState({ step: 'failed', ids, error: toAppError(error) })
      }
    },
    [client, isAdmin, queryClient],
  )

  return { state, ask, start, cancel, close }
}

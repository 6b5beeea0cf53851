import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { usePortal } from '../../../api/b24/portal-context.tsx'
import { telephonyKeys } from './keys.ts'
import type { SipTable } from './model.ts'
import { runBulk, type BulkProgress, type BulkResult } from './run-bulk.ts'
import { mergeRead } from './sip-table.ts'

export type BulkJob =
  | { step: 'idle' }
  | { step: 'confirm'; ids: number[]; on: boolean }
  | { step: 'running'; ids: number[]; on: boolean; progress: BulkProgress; cancelling: boolean }
  | { step: 'done'; ids: number[]; on: boolean; results: Map<number, BulkResult> }

/** One bulk change at a time: confirm, run with progress and cancel, then the per-employee results. */
export function useBulk() {
  const { client } = usePortal()
  const queryClient = useQueryClient()
  const [job, setJob] = useState<BulkJob>({ step: 'idle' })
  const abort = useRef<AbortController | null>(null)

  // Leaving mid-way stops the run: say so before the page goes (what was sent stays sent).
  const running = job.step === 'running'
  useEffect(() => {
    if (!running) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [running])

  async function start(ids: number[], on: boolean) {
    const controller = new AbortController()
    abort.current = controller
    setJob({
      step: 'running',
      ids,
      on,
      progress: { sent: 0, total: ids.length, failed: 0 },
      cancelling: false,
    })
    const { results, read } = await runBulk(client, ids, on, {
      signal: controller.signal,
      onProgress: (progress) =>
        setJob((current) => (current.step === 'running' ? { ...current, progress } : current)),
    })
    if (read) {
      queryClient.setQueryData<SipTable>(telephonyKeys.sip(), (table) =>
        table ? mergeRead(table, read) : table,
      )
    } else {
      await queryClient.invalidateQueries({ queryKey: telephonyKeys.sip() })
    }
    setJob({ step: 'done', ids, on, results })
  }

  return {
    job,
    ask: (ids: number[], on: boolean) => setJob({ step: 'confirm', ids, on }),
    confirm: () => job.step === 'confirm' && void start(job.ids, job.on),
    cancel: () => {
      abort.current?.abort()
      setJob((current) => (current.step === 'running' ? { ...current, cancelling: true } : current))
    },
    retryFailed: () => {
      if (job.step !== 'done') return
      const failed = job.ids.filter((id) => job.results.get(id)?.status === 'failed')
      if (failed.length > 0) void start(failed, job.on)
    },
    close: () => job.step !== 'running' && setJob({ step: 'idle' }),
  }
}

import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { checkAgain as readAgain, runWrites, withStatus, type WritesOutcome } from './verified-writes.ts'
import type { WriteKind, WriteProgress, WriteResult } from './write-kind.ts'

export type WriteJob<W> =
  | { step: 'idle' }
  | { step: 'running'; writes: readonly W[]; progress: WriteProgress; cancelling: boolean }
  | { step: 'done'; writes: readonly W[]; results: Map<number, WriteResult>; checking: boolean }

export interface WriteJobEvents<W> {
  /** After each request; `left` is what is not sent yet (commands go in order). */
  onProgress?: (left: readonly W[], progress: WriteProgress) => void
  /** Once everyone sent is read back. */
  onFinished?: () => void
}

/**
 * One run of many writes at a time: progress and cancel, then the per-employee results, "Check again"
 * for the unknown ones, and the failed ones for a retry. What is read back goes into the caches.
 */
export function useWriteJob<W, R>(kind: WriteKind<W, R>, events: WriteJobEvents<W> = {}) {
  const { client } = usePortal()
  const queryClient = useQueryClient()
  const [job, setJob] = useState<WriteJob<W>>({ step: 'idle' })
  const abort = useRef<AbortController | null>(null)

  function show({ read }: WritesOutcome<R>) {
    kind.check.show(queryClient, read)
  }

  async function start(writes: readonly W[]) {
    const controller = new AbortController()
    abort.current = controller
    const total = writes.length
    setJob({ step: 'running', writes, progress: { sent: 0, total, failed: 0 }, cancelling: false })
    const outcome = await runWrites(client, kind, writes, {
      signal: controller.signal,
      onProgress: (progress) => {
        events.onProgress?.(writes.slice(progress.sent), progress)
        setJob((current) => (current.step === 'running' ? { ...current, progress } : current))
      },
    })
    events.onFinished?.()
    show(outcome)
    setJob({ step: 'done', writes, results: outcome.results, checking: false })
  }

  async function checkAgain(done: Extract<WriteJob<W>, { step: 'done' }>) {
    if (withStatus(kind, done.writes, done.results, 'unverified').length === 0) return
    setJob({ ...done, checking: true })
    const outcome = await readAgain(client, kind, done.writes, done.results)
    show(outcome)
    setJob((current) =>
      current.step === 'done'
        ? { ...current, checking: false, results: new Map([...current.results, ...outcome.results]) }
        : current,
    )
  }

  return {
    job,
    start: (writes: readonly W[]) => void start(writes),
    cancel: () => {
      abort.current?.abort()
      setJob((current) => (current.step === 'running' ? { ...current, cancelling: true } : current))
    },
    checkAgain: () => job.step === 'done' && !job.checking && void checkAgain(job),
    /** The writes that failed, in their order (nothing unless the run is done). */
    failed: (): W[] => (job.step === 'done' ? withStatus(kind, job.writes, job.results, 'failed') : []),
    reset: () => job.step !== 'running' && setJob({ step: 'idle' }),
  }
}

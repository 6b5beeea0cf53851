import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { sipCache } from '../api/sip-cache.ts'
import type { SipTable } from '../model/types.ts'
import { JOURNAL_OPTION, readJournal, writeJournal } from './bulk-journal.ts'
import { lostErrors, runBulk, verifyBulk, type BulkProgress, type BulkResult } from './run-bulk.ts'

export type BulkJob =
  | { step: 'idle' }
  | { step: 'confirm'; ids: number[]; on: boolean }
  | { step: 'running'; ids: number[]; on: boolean; progress: BulkProgress; cancelling: boolean }
  | { step: 'done'; ids: number[]; on: boolean; results: Map<number, BulkResult>; checking: boolean }

/** One bulk change at a time: confirm, run with progress and cancel, then the per-employee results. */
export function useBulk() {
  const portal = usePortal()
  const { client } = portal
  const queryClient = useQueryClient()
  const [job, setJob] = useState<BulkJob>({ step: 'idle' })
  // A change that a closed or reloaded page left unfinished, as the journal in the user's options says.
  const [interrupted, setInterrupted] = useState(() => readJournal(portal.userOption(JOURNAL_OPTION)))
  const journal = (text: string) => void portal.setUserOption(JOURNAL_OPTION, text).catch(() => undefined)
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
    setInterrupted(null)
    journal(writeJournal(on, ids.length, ids))
    const { results, read } = await runBulk(client, ids, on, {
      signal: controller.signal,
      onProgress: (progress) => {
        // Commands go in order, so what is not sent yet is the tail of the list.
        const pending = ids.slice(progress.sent)
        journal(pending.length > 0 ? writeJournal(on, ids.length, pending) : '')
        setJob((current) => (current.step === 'running' ? { ...current, progress } : current))
      },
    })
    journal('')
    showRead(read)
    setJob({ step: 'done', ids, on, results, checking: false })
  }

  /** The table shows what the read-back found; without one, it reads everything again. */
  function showRead(read: SipTable | undefined) {
    if (read) sipCache.mergeRead(queryClient, read)
    else void sipCache.refetch(queryClient) // not awaited: the results must not wait for the table's retries
  }

  /** Reads the employees whose result is unknown once more and settles them. */
  async function checkAgain(done: Extract<BulkJob, { step: 'done' }>) {
    const ids = done.ids.filter((id) => done.results.get(id)?.status === 'unverified')
    if (ids.length === 0) return
    setJob({ ...done, checking: true })
    const lost = lostErrors(done.results, ids)
    const { results, read } = await verifyBulk(client, ids, done.on, { refused: new Map(), lost })
    showRead(read)
    setJob((current) =>
      current.step === 'done'
        ? { ...current, checking: false, results: new Map([...current.results, ...results]) }
        : current,
    )
  }

  return {
    job,
    interrupted,
    dismissInterrupted: () => {
      setInterrupted(null)
      journal('')
    },
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
    checkAgain: () => job.step === 'done' && !job.checking && void checkAgain(job),
    close: () => job.step !== 'running' && setJob({ step: 'idle' }),
  }
}

import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { directoryCache } from '../api/directory-cache.ts'
import { sipCache } from '../api/sip-cache.ts'
import type { Employee } from '../model/types.ts'
import { lostErrors, type BulkProgress, type BulkResult } from './run-bulk.ts'
import { runAssign, verifyAssign, type Assignment } from './run-extensions.ts'

/** What the administrator typed, kept when they come back to the plan (to retry the failed ones). */
export interface AssignForm {
  from: string
  to: string
  replace: boolean
}

export type AssignJob =
  /** `ids` in the table's order; `exclude`: numbers Bitrix24 refused in an earlier run. */
  | { step: 'plan'; ids: number[]; exclude: ReadonlySet<string>; form: AssignForm }
  | { step: 'running'; assignments: Assignment[]; progress: BulkProgress; cancelling: boolean }
  | {
      step: 'done'
      assignments: Assignment[]
      results: Map<number, BulkResult>
      checking: boolean
      exclude: ReadonlySet<string>
      form: AssignForm
    }

const emptyForm: AssignForm = { from: '', to: '', replace: false }

/**
 * Bulk assignment of extensions for `ids` (in the table's order): plan with a preview, run with progress
 * and cancel, results, retry. It lives in the dialog, so none of it loads before someone asks for it.
 */
export function useAssignExtensions(ids: number[]) {
  const { client } = usePortal()
  const queryClient = useQueryClient()
  const [job, setJob] = useState<AssignJob>(() => ({
    step: 'plan',
    ids,
    exclude: new Set(),
    form: emptyForm,
  }))
  const abort = useRef<AbortController | null>(null)

  function show(read: Map<number, Employee>) {
    directoryCache.mergeRead(queryClient, read)
    for (const [id, employee] of read) sipCache.setExtension(queryClient, id, employee.extension)
  }

  async function start(assignments: Assignment[], form: AssignForm, exclude: ReadonlySet<string>) {
    const controller = new AbortController()
    abort.current = controller
    const total = assignments.length
    setJob({ step: 'running', assignments, progress: { sent: 0, total, failed: 0 }, cancelling: false })
    const { results, read } = await runAssign(client, assignments, {
      signal: controller.signal,
      onProgress: (progress) =>
        setJob((current) => (current.step === 'running' ? { ...current, progress } : current)),
    })
    show(read)
    setJob({ step: 'done', assignments, results, checking: false, exclude, form })
  }

  async function checkAgain(done: Extract<AssignJob, { step: 'done' }>) {
    const unsure = done.assignments.filter((a) => done.results.get(a.userId)?.status === 'unverified')
    if (unsure.length === 0) return
    setJob({ ...done, checking: true })
    // A request's own failure stays the reason when the extension read is not the one asked for.
    const lost = lostErrors(
      done.results,
      unsure.map((a) => a.userId),
    )
    const { results, read } = await verifyAssign(client, unsure, { refused: new Map(), lost })
    show(read)
    setJob((current) =>
      current.step === 'done'
        ? { ...current, checking: false, results: new Map([...current.results, ...results]) }
        : current,
    )
  }

  return {
    job,
    confirm: (assignments: Assignment[], form: AssignForm) =>
      job.step === 'plan' && assignments.length > 0 && void start(assignments, form, job.exclude),
    cancel: () => {
      abort.current?.abort()
      setJob((current) => (current.step === 'running' ? { ...current, cancelling: true } : current))
    },
    /** Back to the plan for the failed ones, the numbers Bitrix24 refused left out. */
    retryFailed: () => {
      if (job.step !== 'done') return
      const failed = job.assignments.filter((a) => job.results.get(a.userId)?.status === 'failed')
      if (failed.length === 0) return
      const exclude = new Set([...job.exclude, ...failed.map((a) => a.extension)])
      setJob({ step: 'plan', ids: failed.map((a) => a.userId), exclude, form: job.form })
    },
    checkAgain: () => job.step === 'done' && !job.checking && void checkAgain(job),
  }
}

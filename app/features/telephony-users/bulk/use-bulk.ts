import { useEffect, useState } from 'react'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { phoneWrites, type PhoneWrite } from '../writes/phone-writes.ts'
import { useWriteJob, type WriteJob } from '../writes/use-write-job.ts'
import { JOURNAL_OPTION, readJournal, writeJournal } from './bulk-journal.ts'

/** The bulk dialog's state: a confirmation first, then the run (on or off for everyone). */
export type BulkJob =
  | { step: 'idle' }
  | { step: 'confirm'; ids: number[]; on: boolean }
  | (Exclude<WriteJob<PhoneWrite>, { step: 'idle' }> & { on: boolean })

/** One bulk change at a time: confirm, run with progress and cancel, then the per-employee results. */
export function useBulk() {
  const portal = usePortal()
  const [asked, setAsked] = useState<{ ids: number[]; on: boolean } | null>(null)
  // A change that a closed or reloaded page left unfinished, as the journal in the user's options says.
  const [interrupted, setInterrupted] = useState(() => readJournal(portal.userOption(JOURNAL_OPTION)))
  const journal = (text: string) => void portal.setUserOption(JOURNAL_OPTION, text).catch(() => undefined)
  const run = useWriteJob(phoneWrites, {
    onProgress: (left, progress) => {
      const [next] = left
      journal(next ? writeJournal(next.on, progress.total, ids(left)) : '')
    },
    onFinished: () => journal(''),
  })

  // Leaving mid-way stops the run: say so before the page goes (what was sent stays sent).
  const running = run.job.step === 'running'
  useEffect(() => {
    if (!running) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [running])

  function start(userIds: readonly number[], switchOn: boolean) {
    setAsked(null)
    setInterrupted(null)
    journal(writeJournal(switchOn, userIds.length, userIds))
    run.start(userIds.map((userId) => ({ userId, on: switchOn })))
  }

  const job: BulkJob = asked
    ? { step: 'confirm', ...asked }
    : run.job.step === 'idle'
      ? run.job
      : { ...run.job, on: run.job.writes[0]?.on ?? true }
  return {
    job,
    interrupted,
    dismissInterrupted: () => {
      setInterrupted(null)
      journal('')
    },
    ask: (userIds: number[], switchOn: boolean) => setAsked({ ids: userIds, on: switchOn }),
    confirm: () => asked && start(asked.ids, asked.on),
    cancel: run.cancel,
    retryFailed: () => {
      const failed = run.failed()
      const [first] = failed
      if (first) start(ids(failed), first.on)
    },
    checkAgain: run.checkAgain,
    close: () => {
      setAsked(null)
      run.reset()
    },
  }
}

const ids = (writes: readonly PhoneWrite[]) => writes.map((write) => write.userId)

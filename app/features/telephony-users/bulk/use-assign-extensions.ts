import { useState } from 'react'
import { extensionWrites, type Assignment } from '../writes/extension-writes.ts'
import { useWriteJob, type WriteJob } from '../writes/use-write-job.ts'

/** What the administrator typed, kept when they come back to the plan (to retry the failed ones). */
export interface AssignForm {
  from: string
  to: string
  replace: boolean
}

/** The plan the administrator is making: `ids` in the table's order; `exclude`: numbers Bitrix24 refused earlier. */
interface Plan {
  ids: number[]
  exclude: ReadonlySet<string>
  form: AssignForm
}

export type AssignJob = ({ step: 'plan' } & Plan) | Exclude<WriteJob<Assignment>, { step: 'idle' }>

const emptyForm: AssignForm = { from: '', to: '', replace: false }

/**
 * Bulk assignment of extensions for `ids` (in the table's order): plan with a preview, run with progress
 * and cancel, results, retry. It lives in the dialog, so none of it loads before someone asks for it.
 */
export function useAssignExtensions(ids: number[]) {
  const [plan, setPlan] = useState<Plan | null>(() => ({ ids, exclude: new Set(), form: emptyForm }))
  // The plan that ran, for a retry of its failed ones.
  const [ran, setRan] = useState<Plan>(() => ({ ids, exclude: new Set(), form: emptyForm }))
  const run = useWriteJob(extensionWrites)

  const job: AssignJob = plan
    ? { step: 'plan', ...plan }
    : run.job.step === 'idle'
      ? { step: 'plan', ...ran }
      : run.job
  return {
    job,
    confirm: (assignments: Assignment[], form: AssignForm) => {
      if (!plan || assignments.length === 0) return
      setRan({ ...plan, form })
      setPlan(null)
      run.start(assignments)
    },
    cancel: run.cancel,
    /** Back to the plan for the failed ones, the numbers Bitrix24 refused left out. */
    retryFailed: () => {
      const failed = run.failed()
      if (failed.length === 0) return
      const exclude = new Set([...ran.exclude, ...failed.map((a) => a.extension)])
      setPlan({ ids: failed.map((a) => a.userId), exclude, form: ran.form })
    },
    checkAgain: run.checkAgain,
  }
}

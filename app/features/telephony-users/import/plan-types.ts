import type { ImportEmployee } from './types.ts'

/** Why a line will not be sent; the UI translates each kind (`import.problems.*`). */
export type LineProblem =
  | { kind: 'no-employee' }
  | { kind: 'not-found' }
  | { kind: 'ambiguous'; candidates: number[] }
  | { kind: 'inactive' }
  | { kind: 'email-unavailable' }
  /** The cell holds a formula (or, in CSV, text that starts like one): never evaluated, never sent. */
  | { kind: 'formula' }
  | { kind: 'no-extension' }
  /** Anything but digits and the separators people type (spaces, dashes, dots, brackets). */
  | { kind: 'characters' }
  /** More than 4 digits: Bitrix24 accepts 1 to 4. */
  | { kind: 'length' }
  /** The same employee on several lines: which number is meant? */
  | { kind: 'employee-twice'; lines: number[] }
  | { kind: 'extension-twice'; lines: number[] }
  /** Held by active employees who keep it (not given another number by a good line of this file). */
  | { kind: 'taken'; holders: number[] }

export type LineStatus =
  /** Will be written. */
  | 'ready'
  /** Already the employee's number: nothing to send. */
  | 'unchanged'
  | 'problem'
  /** Left out by the admin. */
  | 'excluded'

export interface PlannedLine {
  /** The file's line (CSV) or row (XLSX) number. */
  line: number
  /** The employee cell(s) as read, for the preview. */
  who: string
  /** The new extension as read. */
  given: string
  employee: ImportEmployee | null
  current: string | null
  /** The digits that will be sent, when they are valid. */
  next: string | null
  status: LineStatus
  problems: LineProblem[]
}

/**
 * One `user.update` of the run, in order. `extension: ''` is a temporary step that clears an employee's
 * number so a cycle of swaps can go round (Bitrix24 refuses a number another active employee holds at
 * every step); the same employee's final number comes later in the list.
 */
export interface WriteStep {
  line: number
  employeeId: number
  extension: string
  temporary: boolean
}

export interface ImportPlan {
  lines: PlannedLine[]
  steps: WriteStep[]
  counts: Record<LineStatus, number>
}

import { batchAll } from '../../../api/b24/batch-all.ts'
import type { B24Client, BatchCommand, BatchOutcome } from '../../../api/b24/client.ts'
import { AppError } from '../../../api/b24/errors.ts'
import { toDepartment, toEmployee } from './map.ts'
import type { Department, Directory, Employee, LineNames } from './model.ts'
import { DepartmentRow, LineMap, parseRows, UserRow } from './schemas.ts'

/** user.get and department.get answer 50 rows a page, whatever is asked (docs: settings/performance/huge-data.md). */
export const PAGE_SIZE = 50

/** Active employees only: extranet and e-mail users have no telephony settings to manage here. */
const USER_FILTER = { ACTIVE: true, USER_TYPE: 'employee' }
const USER_SELECT = [
  'ID',
  'NAME',
  'LAST_NAME',
  'SECOND_NAME',
  'EMAIL',
  'PERSONAL_PHOTO',
  'WORK_POSITION',
  'UF_DEPARTMENT',
  'UF_PHONE_INNER',
]

const userPage = (start: number): BatchCommand => ({
  method: 'user.get',
  params: { FILTER: USER_FILTER, select: USER_SELECT, sort: 'ID', order: 'ASC', start },
})
const departmentPage = (start: number): BatchCommand => ({ method: 'department.get', params: { start } })

export interface DirectoryProgress {
  loaded: number
  total: number
}

/**
 * Employees, departments and line names in as few requests as the 50-a-page limit allows: one batch
 * for the first pages (which tell the totals) and the lines, then every remaining page 50 commands a batch.
 */
export async function loadDirectory(
  client: B24Client,
  onProgress?: (progress: DirectoryProgress) => void,
): Promise<Directory> {
  const first = await client.batch({
    u0: userPage(0),
    d0: departmentPage(0),
    lines: { method: 'voximplant.line.get' },
  })
  const users = must(first.u0)
  const employees = new Map<number, Employee>()
  const departments = new Map<number, Department>()
  let rejected = addEmployees(employees, users.result)
  addDepartments(departments, first.d0)
  const total = users.total ?? employees.size
  onProgress?.({ loaded: employees.size, total })

  const rest: Record<string, BatchCommand> = {}
  for (const start of offsets(total)) rest[`u${start}`] = userPage(start)
  for (const start of offsets(first.d0?.ok ? (first.d0.total ?? 0) : 0))
    rest[`d${start}`] = departmentPage(start)

  await batchAll(client, rest, (outcomes) => {
    for (const [key, outcome] of Object.entries(outcomes)) {
      if (key.startsWith('u')) rejected += addEmployees(employees, must(outcome).result)
      else addDepartments(departments, outcome)
    }
    onProgress?.({ loaded: Math.min(employees.size, total), total })
  })

  return { employees: [...employees.values()], departments, lines: toLines(first.lines), rejected }
}

/** Offsets of the pages after the first. */
function offsets(total: number): number[] {
  const starts: number[] = []
  for (let start = PAGE_SIZE; start < total; start += PAGE_SIZE) starts.push(start)
  return starts
}

function must(outcome: BatchOutcome | undefined): { result: unknown; total: number | undefined } {
  if (!outcome)
    throw new AppError({ kind: 'invalid-answer', description: 'user.get page missing from batch' })
  if (!outcome.ok) throw outcome.error
  return outcome
}

// Offset paging can repeat a row when the list changes while loading: keep one per ID.
// Returns how many rows failed validation, so the screen can say so instead of losing them quietly.
function addEmployees(into: Map<number, Employee>, result: unknown): number {
  const { rows, rejected } = parseRows(UserRow, result)
  for (const row of rows) {
    const employee = toEmployee(row)
    into.set(employee.id, employee)
  }
  return rejected
}

// Departments are a nicety: without the `department` answer the table shows no department names.
function addDepartments(into: Map<number, Department>, outcome: BatchOutcome | undefined) {
  if (!outcome?.ok) return
  for (const row of parseRows(DepartmentRow, outcome.result).rows) {
    const department = toDepartment(row)
    into.set(department.id, department)
  }
}

// voximplant.line.get needs "Management of Numbers": without it the raw line id is shown.
function toLines(outcome: BatchOutcome | undefined): LineNames {
  if (!outcome?.ok) return { readable: false }
  const parsed = LineMap.safeParse(outcome.result)
  return parsed.success ? { readable: true, names: parsed.data } : { readable: false }
}

import { cellText } from './cell-text.ts'
import { createMatcher, type Match } from './match.ts'
import type { ImportPlan, LineProblem, LineStatus, PlannedLine } from './plan-types.ts'
import type { CellValue, ColumnMapping, ImportEmployee, Sheet, SheetRow } from './types.ts'
import { orderWrites } from './write-order.ts'

/** Bitrix24 stores an extension's digits and accepts 1 to 4 of them (docs/bitrix24.md "user.update and the extension"). */
export const MAX_EXTENSION_DIGITS = 4
const SEPARATORS = /[\s().-]/g

/**
 * The preview and the writes of an import: every data line with its employee, current and new
 * number and what Bitrix24 would say, checked the way Bitrix24 checks (digits, 1–4 of them, not
 * another active employee's unless that one gets a new number in this file, not twice in the file),
 * and the order of writes for the good ones. `excluded` lines (the admin's choice) are left out and
 * keep their employee's number, so the plan is made again when the choice changes. Numbers telephony
 * queues hold cannot be known in advance: Bitrix24 refuses them during the run.
 */
export function planImport(
  sheet: Sheet,
  mapping: ColumnMapping,
  employees: readonly ImportEmployee[],
  excluded: ReadonlySet<number> = new Set(),
): ImportPlan {
  const match = createMatcher(employees)
  const lines = sheet.rows.slice(mapping.headerRow + 1).map((row) => readLine(row, mapping, match, excluded))
  markTwice(
    lines,
    (line) => line.employee?.id ?? null,
    (lines) => ({ kind: 'employee-twice', lines }),
  )
  markTwice(
    lines,
    (line) => line.next,
    (lines) => ({ kind: 'extension-twice', lines }),
  )
  for (const line of lines) if (line.problems.length > 0) line.status = 'problem'
  const holders = activeHolders(employees)
  markTaken(lines, holders)
  const changes = lines.flatMap((line) =>
    line.status === 'ready' && line.employee && line.next !== null
      ? [{ line: line.line, employeeId: line.employee.id, to: line.next }]
      : [],
  )
  const counts: Record<LineStatus, number> = { ready: 0, unchanged: 0, problem: 0, excluded: 0 }
  for (const line of lines) counts[line.status]++
  return { lines, steps: orderWrites(changes, holders), counts }
}

function readLine(
  row: SheetRow,
  mapping: ColumnMapping,
  match: ReturnType<typeof createMatcher>,
  excluded: ReadonlySet<number>,
): PlannedLine {
  const { who } = mapping
  const whoColumns = who === null ? [] : who.kind === 'name-parts' ? [who.first, who.last] : [who.column]
  const whoText = whoColumns
    .map((column) => cellText(row.cells[column]))
    .filter(Boolean)
    .join(' ')
  const given = mapping.newExtension === null ? '' : cellText(row.cells[mapping.newExtension])
  const problems: LineProblem[] = []
  const formula = (columns: number[]) =>
    columns.some((c) => row.formulas?.includes(c) || cellText(row.cells[c]).startsWith('='))
  let employee: PlannedLine['employee'] = null
  if (formula(whoColumns)) problems.push({ kind: 'formula' })
  else {
    const found = who === null ? ({ kind: 'empty' } as const) : match(who.kind, whoText)
    if (found.kind === 'found') employee = found.employee
    else problems.push(matchProblem(found))
  }
  const raw = mapping.newExtension === null ? null : row.cells[mapping.newExtension]
  const checked =
    mapping.newExtension !== null && formula([mapping.newExtension]) ? null : checkNumber(given, raw)
  if (checked === null) problems.push({ kind: 'formula' })
  else if (checked.problem) problems.push(checked.problem)
  const next = checked?.value ?? null
  const current = employee?.extension ?? null
  const status: LineStatus = excluded.has(row.line)
    ? 'excluded'
    : next !== null && next === current
      ? 'unchanged'
      : 'ready'
  return { line: row.line, who: whoText, given, employee, current, next, status, problems }
}

function matchProblem(found: Exclude<Match, { kind: 'found' }>): LineProblem {
  switch (found.kind) {
    case 'empty':
      return { kind: 'no-employee' }
    case 'ambiguous':
      return { kind: 'ambiguous', candidates: found.candidates }
    default:
      return { kind: found.kind }
  }
}

function checkNumber(given: string, raw: CellValue | undefined): { value?: string; problem?: LineProblem } {
  // A spreadsheet number like 101.5 would lose its dot to the separators below and become 1015.
  if (typeof raw === 'number' && !Number.isInteger(raw)) return { problem: { kind: 'characters' } }
  const digits = given.replace(SEPARATORS, '')
  if (digits === '') return { problem: { kind: 'no-extension' } }
  if (!/^\d+$/.test(digits)) return { problem: { kind: 'characters' } }
  if (digits.length > MAX_EXTENSION_DIGITS) return { problem: { kind: 'length' } }
  return { value: digits }
}

/** Lines (not left out) sharing a key all get the problem: the file must say one thing. */
function markTwice(
  lines: PlannedLine[],
  key: (line: PlannedLine) => string | number | null,
  problem: (lines: number[]) => LineProblem,
): void {
  const byKey = new Map<string | number, PlannedLine[]>()
  for (const line of lines) {
    const value = key(line)
    if (value === null || line.status === 'excluded') continue
    byKey.set(value, [...(byKey.get(value) ?? []), line])
  }
  for (const group of byKey.values())
    if (group.length > 1) for (const line of group) line.problems.push(problem(group.map((l) => l.line)))
}

function activeHolders(employees: readonly ImportEmployee[]): Map<string, number[]> {
  const holders = new Map<string, number[]>()
  for (const e of employees)
    if (e.active && e.extension) holders.set(e.extension, [...(holders.get(e.extension) ?? []), e.id])
  return holders
}

/**
 * A number is free for a line only if every active holder moves to another number in this plan.
 * A line that fails makes its employee stay, which may fail another: repeat until nothing changes.
 */
function markTaken(lines: PlannedLine[], holders: ReadonlyMap<string, readonly number[]>): void {
  const ready = lines.filter((l) => l.status === 'ready' && l.next !== null)
  const movers = new Set(ready.map((l) => l.employee?.id))
  const wanting = new Map<string, PlannedLine[]>()
  for (const line of ready)
    if (line.next !== null) wanting.set(line.next, [...(wanting.get(line.next) ?? []), line])
  // A worklist: when an employee stops moving, only the lines wanting their number are looked at again.
  const queue = [...ready]
  for (let line = queue.pop(); line; line = queue.pop()) {
    if (line.status !== 'ready' || line.next === null) continue
    const self = line.employee?.id
    const staying = (holders.get(line.next) ?? []).filter((id) => id !== self && !movers.has(id))
    if (staying.length === 0) continue
    line.problems.push({ kind: 'taken', holders: staying })
    line.status = 'problem'
    movers.delete(self)
    const own = line.employee?.extension
    if (own) queue.push(...(wanting.get(own) ?? []))
  }
}

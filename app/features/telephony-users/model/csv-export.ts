import type { AppError } from '@/api/b24/errors.ts'
import type { Department, Employee, SipTable } from './types.ts'

/**
 * Where a spreadsheet may start a cell: the field's start, and after every character some locale's
 * Excel splits on (`,` in English, `;` in ru/de/es/pt-BR, tab) or a line break.
 */
const CELL_START = /(?<=^|[,;\t\r\n])/g
/**
 * What a cell starting at `lastIndex` begins with once whitespace (no-break and ideographic spaces
 * included) and invisible format characters (zero-width space, BOM…) are skipped: spreadsheets trim
 * some of them before they look for a formula.
 */
const FIRST_VISIBLE = /[\s\p{Cf}]*([^\s\p{Cf}])/uy

/**
 * Whether a cell at `at` could start a formula: a tab or CR first, or = + - @ as its first visible
 * character, full-width and small look-alikes (＝ ＋ － ＠ ﹦…) folded by NFKC as spreadsheets may.
 */
function startsFormula(value: string, at: number): boolean {
  if (value[at] === '\t' || value[at] === '\r') return true
  FIRST_VISIBLE.lastIndex = at
  const first = FIRST_VISIBLE.exec(value)?.[1]
  return first !== undefined && /^[=+\-@]/.test(first.normalize('NFKC'))
}

/**
 * One field, always quoted (RFC 4180, quotes doubled), with every place a spreadsheet could start a
 * formula defused by a leading apostrophe, as Excel itself writes text: a file opened with another
 * separator than it was written with cannot run anything either.
 */
export function csvField(value: string): string {
  const safe = value.replace(CELL_START, (_empty, at: number) => (startsFormula(value, at) ? "'" : ''))
  return `"${safe.replace(/"/g, '""')}"`
}

export function toCsv(rows: readonly string[][]): string {
  // UTF-8 BOM so spreadsheets read Cyrillic and accents right; CRLF line ends per RFC 4180.
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

export interface ExportColumns {
  name: string
  department: string
  extension: string
  server: string
  login: string
  password: string
  /** The last call's column, present once an activity scan has run. */
  lastCall?: string
}

/**
 * Rows for phone provisioning. `sip` is what the table may show now (undefined while approval is
 * pending, denied or not yet asked again under a new token): without it there are no SIP columns at
 * all; the password column only when the user asked for it.
 */
export function provisioningRows(
  employees: readonly Employee[],
  departments: Map<number, Department>,
  sip: SipTable | undefined,
  header: ExportColumns,
  includePasswords: boolean,
  /** Each employee's last call as text, after an activity scan. */
  lastCall?: (employeeId: number) => string,
): string[][] {
  const head = [header.name, header.department, header.extension]
  const sipHead = sip ? [header.server, header.login, ...(includePasswords ? [header.password] : [])] : []
  const activityHead = lastCall ? [header.lastCall ?? ''] : []
  const rows = [[...head, ...sipHead, ...activityHead]]
  for (const employee of employees) {
    const settings = sip?.byId.get(employee.id)
    const row = [
      employee.fullName,
      employee.departmentIds.map((id) => departments.get(id)?.name ?? `#${id}`).join('; '),
      employee.extension ?? settings?.extension ?? '',
    ]
    if (sip) row.push(settings?.server ?? '', settings?.login ?? '')
    if (sip && includePasswords) row.push(settings?.password ?? '')
    if (lastCall) row.push(lastCall(employee.id))
    rows.push(row)
  }
  return rows
}

/** The SIP settings an export may hold: those the table shows as current, read under today's token. */
export function exportableSip(
  data: SipTable | undefined,
  error: AppError | null,
  session: number,
): SipTable | undefined {
  if (error?.kind === 'approval-pending' || error?.kind === 'approval-denied') return undefined
  return data?.session === session ? data : undefined
}

/** `sip-phones-<portal>-<yyyy-mm-dd>.csv` */
export function exportFileName(portalDomain: string, now: Date): string {
  const portal = portalDomain.replace(/^https?:\/\//, '').replace(/[^\w.-]+/g, '_')
  return `sip-phones-${portal}-${now.toISOString().slice(0, 10)}.csv`
}

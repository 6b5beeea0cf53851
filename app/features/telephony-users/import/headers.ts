import { cellText, fold } from './cell-text.ts'
import { HEADER_NAMES, type HeaderRole } from './header-names.ts'
import type { ColumnMapping, Sheet } from './types.ts'

const compact = (text: string) => fold(text).replace(/ /g, '')
const LOOKUP = new Map<string, HeaderRole[]>()
for (const [role, names] of Object.entries(HEADER_NAMES) as Array<[HeaderRole, readonly string[]]>)
  for (const name of names) {
    const roles = LOOKUP.get(compact(name)) ?? []
    if (!roles.includes(role)) LOOKUP.set(compact(name), [...roles, role])
  }

/** How many of the first rows may come before the header row (a title, a blank-ish line…). */
const HEADER_SEARCH_ROWS = 10

/** The roles a header text may stand for. */
export function headerRoles(header: string): HeaderRole[] {
  return LOOKUP.get(compact(header)) ?? []
}

/**
 * The column mapping the headers suggest: the first of the first rows that names both an employee
 * column and a new-extension column. The employee is preferred by ID, then e-mail, full name, first
 * and last name, then the current extension (a renumbering). `null` when no row does: the admin then
 * chooses the columns by hand.
 */
export function guessMapping(sheet: Sheet): ColumnMapping | null {
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); index++) {
    const headers = (sheet.rows[index]?.cells ?? []).map((cell) => headerRoles(cellText(cell)))
    const column = (role: HeaderRole) => headers.findIndex((roles) => roles.includes(role))
    const taken = (role: HeaderRole, skip: number[]) =>
      headers.findIndex((roles, at) => roles.includes(role) && !skip.includes(at))
    const next = column('next')
    if (next < 0) continue
    const current = taken('current', [next])
    const first = taken('first', [next])
    const last = taken('last', [next, first])
    const who =
      column('id') >= 0
        ? ({ kind: 'id', column: column('id') } as const)
        : column('email') >= 0
          ? ({ kind: 'email', column: column('email') } as const)
          : first >= 0 && last >= 0
            ? ({ kind: 'name-parts', first, last } as const)
            : taken('name', [next]) >= 0
              ? ({ kind: 'name', column: taken('name', [next]) } as const)
              : current >= 0
                ? ({ kind: 'extension', column: current } as const)
                : null
    if (who) return { headerRow: index, who, newExtension: next }
  }
  return null
}

/** Column names for choosing by hand: the header text, or the spreadsheet letter when there is none. */
export function columnLabels(sheet: Sheet, headerRow: number): string[] {
  const width = Math.max(0, ...sheet.rows.slice(0, 50).map((row) => row.cells.length))
  const headers = sheet.rows[headerRow]?.cells ?? []
  return Array.from({ length: width }, (_, index) => cellText(headers[index]) || columnLetter(index))
}

export function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

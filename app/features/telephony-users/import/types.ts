/**
 * The extension import's own data: it gets employees as plain data (not another feature's types), so it
 * can be loaded lazily and tested alone.
 */

/** An employee as the import needs one. */
export interface ImportEmployee {
  id: number
  /** "First Last" as the app shows it. */
  fullName: string
  /** `null` when the app cannot read e-mails (no scope `user`). */
  email: string | null
  /** The stored extension (digits) or null. */
  extension: string | null
  /** Bitrix24 checks extensions against active employees only; a dismissed one cannot be given one here. */
  active: boolean
}

/** A cell as read from the file: CSV cells are text, XLSX cells text, numbers, booleans or dates. */
export type CellValue = string | number | boolean | Date | null

/** One spreadsheet row with its 1-based line (CSV) or row (XLSX) number, for the admin to find it. */
export interface SheetRow {
  line: number
  cells: CellValue[]
  /** Columns (0-based) whose cell holds a formula: never evaluated, and never used as a value. */
  formulas?: number[]
}

export interface Sheet {
  format: 'csv' | 'xlsx'
  /** CSV only: how the text was decoded and split. */
  encoding?: TextEncodingName
  delimiter?: string
  rows: SheetRow[]
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252'

/** Why a file cannot be imported at all: nothing is sent, the UI names the reason. */
export type FileProblem =
  | { kind: 'empty' }
  | { kind: 'binary' }
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'too-many-lines'; maxLines: number }
  | { kind: 'password-protected' }
  | { kind: 'legacy-xls' }
  | { kind: 'unreadable' }
  | { kind: 'no-columns' }

export type ReadResult = { ok: true; sheet: Sheet } | { ok: false; problem: FileProblem }

/** How a line names its employee: one column, or a full name split over first and last name. */
export type WhoColumn =
  | { kind: 'id' | 'email' | 'name' | 'extension'; column: number }
  | { kind: 'name-parts'; first: number; last: number }

export type WhoKind = WhoColumn['kind']

/** Which column holds what (0-based); guessed from the headers, or chosen by hand. */
export interface ColumnMapping {
  /** The row holding the headers (an index into `Sheet.rows`); data starts after it. -1: no header row. */
  headerRow: number
  who: WhoColumn | null
  newExtension: number | null
}

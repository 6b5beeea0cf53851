import { strFromU8, unzipSync } from 'fflate'
import type { SheetData } from 'read-excel-file/universal'
import type { CellValue, SheetRow } from './types.ts'

export type XlsxResult = { ok: true; rows: SheetRow[] } | { ok: false; tooManyRows: boolean }

/**
 * The first sheet of a workbook by `read-excel-file` (loaded only when a workbook is read). It gives a
 * formula cell's value as the spreadsheet program last computed it; the import never evaluates
 * formulas and never takes such a value as an employee or an extension, so formula cells are found
 * here and marked on their rows.
 */
export async function readXlsx(bytes: Uint8Array, maxRows: number): Promise<XlsxResult> {
  const { readSheet } = await import('read-excel-file/universal')
  let data: SheetData
  try {
    data = await readSheet(bytes.slice().buffer, 1)
  } catch {
    return { ok: false, tooManyRows: false }
  }
  if (data.length > maxRows) return { ok: false, tooManyRows: true }
  const formulas = formulaCells(bytes)
  const rows: SheetRow[] = []
  data.forEach((cells, index) => {
    const values = cells.map(toCell)
    if (!values.some((value) => value !== null && String(value).trim() !== '')) return
    const marked = formulas.get(index + 1)
    rows.push({ line: index + 1, cells: values, ...(marked ? { formulas: marked } : {}) })
  })
  return { ok: true, rows }
}

function toCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  return value instanceof Date ? value : String(value)
}

/** Formula cells of the first sheet: row number (1-based) to 0-based columns. */
export function formulaCells(bytes: Uint8Array): Map<number, number[]> {
  const out = new Map<number, number[]>()
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: ({ name }) => name.endsWith('.rels') || (name.startsWith('xl/') && name.endsWith('.xml')),
    })
  } catch {
    return out
  }
  const sheet = firstSheetPath(files)
  const xml = sheet && files[sheet] ? strFromU8(files[sheet]) : ''
  for (const match of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const inner = match[2] ?? ''
    const ref = /\br="([A-Z]+)(\d+)"/.exec(match[1] ?? '')
    if (!ref || !/<f[\s>/]/.test(inner)) continue
    const row = Number(ref[2])
    out.set(row, [...(out.get(row) ?? []), columnIndex(ref[1] ?? 'A')])
  }
  return out
}

/** The worksheet the workbook lists first (what read-excel-file reads as sheet 1). */
function firstSheetPath(files: Record<string, Uint8Array>): string | undefined {
  const workbook = files['xl/workbook.xml']
  const rels = files['xl/_rels/workbook.xml.rels']
  if (!workbook || !rels) return undefined
  const id = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(strFromU8(workbook))?.[1]
  const relations = strFromU8(rels)
  for (const rel of relations.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!rel[0].includes(`Id="${id}"`)) continue
    const target = /\bTarget="([^"]+)"/.exec(rel[0])?.[1] ?? ''
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`
  }
  return undefined
}

function columnIndex(letters: string): number {
  let index = 0
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64)
  return index - 1
}

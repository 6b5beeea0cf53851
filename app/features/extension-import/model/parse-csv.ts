import Papa from 'papaparse'
import type { SheetRow } from './types.ts'

export interface ParsedCsv {
  rows: SheetRow[]
  delimiter: string
  /** More lines than `maxLines`: the rest was not read. */
  truncated: boolean
}

/**
 * CSV by Papa Parse: comma, semicolon or tab, whichever the text uses (Excel writes `;` where the
 * decimal mark is a comma, as in Russian and German). Cells stay text: `=1+1` is read as the text it is,
 * never evaluated. Empty lines are skipped; line numbers count from 1 as an editor shows them.
 */
export function parseCsv(text: string, maxLines: number): ParsedCsv {
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
    // One line past the limit tells "too many" from "exactly the limit".
    preview: maxLines + 1,
  })
  const rows: SheetRow[] = []
  let line = 1
  for (const cells of parsed.data) {
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ line, cells })
    // A quoted cell may span lines: count the line breaks it holds, so numbers match the file.
    line += 1 + cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0)
  }
  const truncated = parsed.data.length > maxLines
  return { rows: truncated ? rows.slice(0, maxLines) : rows, delimiter: parsed.meta.delimiter, truncated }
}

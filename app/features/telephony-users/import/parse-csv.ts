import Papa from 'papaparse'
import type { SheetRow } from './types.ts'

export interface ParsedCsv {
  rows: SheetRow[]
  delimiter: string
  /** More lines with data than `maxLines`: only the first `maxLines` are kept. */
  truncated: boolean
}

/**
 * CSV by Papa Parse: comma, semicolon or tab, whichever the text uses (Excel writes `;` where the
 * decimal mark is a comma, as in Russian and German). Cells stay text: `=1+1` is read as the text it is,
 * never evaluated. Empty lines are skipped; line numbers count from 1 as an editor shows them.
 */
export function parseCsv(text: string, maxLines: number): ParsedCsv {
  // The delimiter is guessed on the first lines without blank ones, which throw Papa's guess off; the
  // whole text is then read with blank lines kept, so line numbers match the file.
  const guess = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
    preview: 50,
  })
  const delimiter = guess.meta.delimiter
  // The text is at most a few MB (read-file.ts checks the size first): read whole, then count.
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false })
  const rows: SheetRow[] = []
  let line = 1
  for (const cells of parsed.data) {
    if (!cells.every(blank)) rows.push({ line, cells })
    // A quoted cell may span lines: count the line breaks it holds, so numbers match the file.
    line += 1 + cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0)
  }
  const truncated = rows.length > maxLines
  return { rows: truncated ? rows.slice(0, maxLines) : rows, delimiter, truncated }
}

/** Nothing but spaces and separators: a line Excel wrote for an empty row (`;;;`), whatever the delimiter. */
function blank(cell: string): boolean {
  return cell.replace(/[\s,;]/g, '') === ''
}

import { decodeText } from './decode-text.ts'
import { parseCsv } from './parse-csv.ts'
import { readXlsx } from './read-xlsx.ts'
import type { ReadResult } from './types.ts'

/** A sane size for an extension plan: a 50,000-line CSV of names and numbers is about 2 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024
export const MAX_LINES = 50_000

const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** An OLE2 compound file: an Excel 97–2003 `.xls`, or an `.xlsx` encrypted with a password. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** A chosen or dropped file, read whole: the checks below decide by its bytes, not its name. */
export async function readImportFile(file: Blob): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES)
    return { ok: false, problem: { kind: 'too-large', maxBytes: MAX_FILE_BYTES } }
  return readImportBytes(await blobBytes(file))
}

/** FileReader rather than `Blob.arrayBuffer()`: every browser has it, and so has jsdom for the component tests. */
function blobBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
    reader.readAsArrayBuffer(file)
  })
}

/** The file's rows, or why it cannot be imported (then nothing is sent). */
export async function readImportBytes(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, problem: { kind: 'too-large', maxBytes: MAX_FILE_BYTES } }
  if (bytes.length === 0) return { ok: false, problem: { kind: 'empty' } }
  if (startsWith(bytes, OLE2))
    return { ok: false, problem: { kind: isEncrypted(bytes) ? 'password-protected' : 'legacy-xls' } }
  if (startsWith(bytes, ZIP)) {
    const read = await readXlsx(bytes, MAX_LINES)
    if (!read.ok)
      return {
        ok: false,
        problem: read.tooManyRows ? { kind: 'too-many-lines', maxLines: MAX_LINES } : { kind: 'unreadable' },
      }
    if (read.rows.length === 0) return { ok: false, problem: { kind: 'empty' } }
    return { ok: true, sheet: { format: 'xlsx', rows: read.rows } }
  }
  const { text, encoding } = decodeText(bytes)
  if (looksBinary(text)) return { ok: false, problem: { kind: 'binary' } }
  const csv = parseCsv(text, MAX_LINES)
  if (csv.truncated) return { ok: false, problem: { kind: 'too-many-lines', maxLines: MAX_LINES } }
  if (csv.rows.length === 0) return { ok: false, problem: { kind: 'empty' } }
  return { ok: true, sheet: { format: 'csv', encoding, delimiter: csv.delimiter, rows: csv.rows } }
}

/**
 * Text never holds NUL or many other control characters; images, PDFs and archives do. Tab, line
 * breaks and form feed are fine.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192)
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if (code === 0) return true
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control++
  }
  return control > sample.length / 100
}

/** An encrypted workbook is a compound file holding an `EncryptionInfo` stream (named in UTF-16). */
function isEncrypted(bytes: Uint8Array): boolean {
  const name = [...'EncryptionInfo'].flatMap((char) => [char.charCodeAt(0), 0])
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer
    return true
  }
  return false
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

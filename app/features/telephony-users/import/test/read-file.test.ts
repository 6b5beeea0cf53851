import { guessMapping } from '../headers.ts'
import { MAX_FILE_BYTES, MAX_LINES, readImportBytes, readImportFile } from '../read-file.ts'
import { buildXlsx } from './build-xlsx.ts'

/** Windows-1251 for the Cyrillic letters used here, by its table (А–я at 0xC0–0xFF). */
function cp1251(text: string): Uint8Array {
  const letters = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя'
  return new Uint8Array(
    [...text].map((c) => (letters.includes(c) ? 0xc0 + letters.indexOf(c) : c.charCodeAt(0))),
  )
}
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('readImportBytes', () => {
  test('a Windows-1251 CSV with semicolons and Russian headers, as Excel saves it in Russia', async () => {
    const file = cp1251('Сотрудник;Внутренний номер\r\nПетрова Анна;101\r\nСидоров Иван;102\r\n')
    const read = await readImportBytes(file)
    expect(read).toEqual({
      ok: true,
      sheet: {
        format: 'csv',
        encoding: 'windows-1251',
        delimiter: ';',
        rows: [
          { line: 1, cells: ['Сотрудник', 'Внутренний номер'] },
          { line: 2, cells: ['Петрова Анна', '101'] },
          { line: 3, cells: ['Сидоров Иван', '102'] },
        ],
      },
    })
    if (!read.ok) return
    expect(guessMapping(read.sheet)).toEqual({
      headerRow: 0,
      who: { kind: 'name', column: 0 },
      newExtension: 1,
    })
  })

  test('an XLSX: numbers as numbers, text as text, a formula cell marked and its cached value never trusted', async () => {
    const bytes = buildXlsx([
      {
        name: 'Plan',
        rows: [
          ['E-mail', 'Extension'],
          ['anna@example.com', 101],
          [null, null],
          ['ivan@example.com', { formula: 'A1+1', cached: 102 }],
        ],
      },
      { name: 'Other', rows: [['ignored']] },
    ])
    const read = await readImportBytes(bytes)
    expect(read).toEqual({
      ok: true,
      sheet: {
        format: 'xlsx',
        rows: [
          { line: 1, cells: ['E-mail', 'Extension'] },
          { line: 2, cells: ['anna@example.com', 101] },
          { line: 4, cells: ['ivan@example.com', 102], formulas: [1] },
        ],
      },
    })
  })

  test('empty files and files with only blank lines', async () => {
    expect(await readImportBytes(new Uint8Array())).toEqual({ ok: false, problem: { kind: 'empty' } })
    expect(await readImportBytes(utf8('\r\n ; \r\n\r\n'))).toEqual({ ok: false, problem: { kind: 'empty' } })
    expect(await readImportBytes(buildXlsx([{ name: 'Empty', rows: [] }]))).toEqual({
      ok: false,
      problem: { kind: 'empty' },
    })
  })

  test('binary files: a PNG, a PDF', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ])
    expect(await readImportBytes(png)).toEqual({ ok: false, problem: { kind: 'binary' } })
    const pdf = new Uint8Array([
      ...utf8('%PDF-1.7\n'),
      ...Array.from({ length: 200 }, (_, i) => (i * 37) % 256),
    ])
    expect(await readImportBytes(pdf)).toEqual({ ok: false, problem: { kind: 'binary' } })
  })

  test('a password-protected workbook, an old .xls, a broken .xlsx', async () => {
    const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]
    const stream = (name: string) => [...name].flatMap((c) => [c.charCodeAt(0), 0])
    expect(await readImportBytes(new Uint8Array([...ole2, ...stream('EncryptionInfo')]))).toEqual({
      ok: false,
      problem: { kind: 'password-protected' },
    })
    expect(await readImportBytes(new Uint8Array([...ole2, ...stream('Workbook')]))).toEqual({
      ok: false,
      problem: { kind: 'legacy-xls' },
    })
    const broken = buildXlsx([{ name: 'A', rows: [['x']] }]).slice(0, 60)
    expect(await readImportBytes(broken)).toEqual({ ok: false, problem: { kind: 'unreadable' } })
  })

  test('limits: 5 MB and 50,000 lines', async () => {
    expect(await readImportFile(new Blob([new Uint8Array(MAX_FILE_BYTES + 1)]))).toEqual({
      ok: false,
      problem: { kind: 'too-large', maxBytes: MAX_FILE_BYTES },
    })
    const lines = (n: number) => utf8(Array.from({ length: n }, (_, i) => `${i + 1},${i % 9999}`).join('\n'))
    expect((await readImportBytes(lines(MAX_LINES))).ok).toBe(true)
    expect(await readImportBytes(lines(MAX_LINES + 1))).toEqual({
      ok: false,
      problem: { kind: 'too-many-lines', maxLines: MAX_LINES },
    })
  })
})

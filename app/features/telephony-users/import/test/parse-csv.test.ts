import { parseCsv } from '../parse-csv.ts'

describe('parseCsv', () => {
  test.each([
    ['comma', ',', 'Name,Extension\nAnna Petrova,101'],
    ['semicolon', ';', 'Name;Extension\nAnna Petrova;101'],
    ['tab', '\t', 'Name\tExtension\nAnna Petrova\t101'],
  ])('finds the %s delimiter', (_name, delimiter, text) => {
    const parsed = parseCsv(text, 100)
    expect(parsed.delimiter).toBe(delimiter)
    expect(parsed.rows).toEqual([
      { line: 1, cells: ['Name', 'Extension'] },
      { line: 2, cells: ['Anna Petrova', '101'] },
    ])
  })

  test('line numbers match the file: blank lines skipped, quoted line breaks counted', () => {
    const parsed = parseCsv('Name;Extension\r\n\r\n"Anna\nPetrova";101\r\nIvan Sidorov;102\r\n', 100)
    expect(parsed.rows.map((r) => r.line)).toEqual([1, 3, 5])
    expect(parsed.rows[1]?.cells[0]).toBe('Anna\nPetrova')
  })

  test('formulas stay the text they are', () => {
    expect(parseCsv('Name,Extension\nAnna,=1+100\n', 10).rows[1]?.cells).toEqual(['Anna', '=1+100'])
  })

  test('stops one line past the limit and says so', () => {
    const text = Array.from({ length: 12 }, (_, i) => `User ${i},${100 + i}`).join('\n')
    expect(parseCsv(text, 12).truncated).toBe(false)
    expect(parseCsv(`${text}\n\n`, 12).truncated).toBe(false)
    const over = parseCsv(text, 11)
    expect(over.truncated).toBe(true)
    expect(over.rows).toHaveLength(11)
  })
})

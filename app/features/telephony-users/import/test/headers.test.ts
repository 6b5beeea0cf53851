import { columnLabels, columnLetter, guessMapping, headerRoles } from '../headers.ts'
import type { CellValue, Sheet } from '../types.ts'

const sheet = (...rows: CellValue[][]): Sheet => ({
  format: 'csv',
  rows: rows.map((cells, index) => ({ line: index + 1, cells })),
})

describe('guessMapping', () => {
  test.each([
    ['English', ['Name', 'Extension'], { kind: 'name', column: 0 }, 1],
    ['Russian', ['ФИО', 'Внутренний номер'], { kind: 'name', column: 0 }, 1],
    ['German', ['E-Mail', 'Durchwahl'], { kind: 'email', column: 0 }, 1],
    ['Spanish', ['Correo electrónico', 'Extensión'], { kind: 'email', column: 0 }, 1],
    ['Portuguese', ['Nome', 'Sobrenome', 'Ramal'], { kind: 'name-parts', first: 0, last: 1 }, 2],
    ['Bitrix24 IDs', ['ID', 'Name', 'New extension'], { kind: 'id', column: 0 }, 2],
    ['a renumbering', ['Old extension', 'New extension'], { kind: 'extension', column: 0 }, 1],
    [
      'Russian first and last name',
      ['Фамилия', 'Имя', 'Новый номер'],
      { kind: 'name-parts', first: 1, last: 0 },
      2,
    ],
  ])('%s headers', (_language, headers, who, newExtension) => {
    expect(guessMapping(sheet(headers, ['x', 'y', 'z']))).toEqual({ headerRow: 0, who, newExtension })
  })

  test('a title above the headers is skipped; headers are compared without case, accents or punctuation', () => {
    expect(guessMapping(sheet(['Extension plan, March'], [], ['  E-MAIL ', 'EXT.'], ['a@b.c', '1']))).toEqual(
      {
        headerRow: 2,
        who: { kind: 'email', column: 0 },
        newExtension: 1,
      },
    )
    expect(headerRoles('Ф.И.О.')).toEqual(['name'])
  })

  test('no recognisable column: null, so the admin chooses', () => {
    expect(guessMapping(sheet(['Foo', 'Bar'], ['1', '2']))).toBeNull()
    expect(guessMapping(sheet(['Name', 'Department']))).toBeNull()
  })
})

describe('columnLabels', () => {
  test('header texts, and letters where a header is missing', () => {
    expect(columnLabels(sheet(['Name', '', 'Ext'], ['a', 'b', 'c', 'd']), 0)).toEqual([
      'Name',
      'B',
      'Ext',
      'D',
    ])
    expect(columnLetter(0)).toBe('A')
    expect(columnLetter(25)).toBe('Z')
    expect(columnLetter(26)).toBe('AA')
  })
})

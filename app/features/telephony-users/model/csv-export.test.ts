import { AppError } from '@/api/b24/errors.ts'
import { csvField, exportableSip, exportFileName, provisioningRows, toCsv } from './csv-export.ts'
import type { SipTable } from './types.ts'

test('every field is quoted per RFC 4180, quotes doubled', () => {
  expect(csvField('plain')).toBe('"plain"')
  expect(csvField('a,b')).toBe('"a,b"')
  expect(csvField('say "hi"')).toBe('"say ""hi"""')
  expect(csvField('two\nlines')).toBe('"two\nlines"')
  expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
})

test('the file starts with a BOM and ends lines with CRLF', () => {
  expect(
    toCsv([
      ['a', 'б'],
      ['c', 'd'],
    ]),
  ).toBe('\uFEFF"a","б"\r\n"c","d"\r\n')
})

/**
 * Cells as a spreadsheet splits a CSV line with `separator`: a field that starts with a quote runs to
 * its closing quote (doubled quotes inside), anything else runs to the next separator, quotes and all.
 */
function spreadsheetCells(line: string, separator: string): string[] {
  const cells: string[] = []
  let i = 0
  while (i <= line.length) {
    let cell = ''
    if (line[i] === '"') {
      i += 1
      while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) {
        cell += line[i]
        i += line[i] === '"' ? 2 : 1
      }
      i += 1 // the closing quote; text up to the separator joins the cell
    }
    const end = line.indexOf(separator, i)
    cells.push(cell + line.slice(i, end === -1 ? line.length : end))
    i = end === -1 ? line.length + 1 : end + 1
  }
  return cells
}

/**
 * Whether a spreadsheet could read `cell` as a formula: a tab or CR first, or = + - @ once leading
 * whitespace and invisible format characters are skipped and full-width look-alikes folded (NFKC).
 */
function startsFormula(cell: string): boolean {
  if (/^[\t\r]/.test(cell)) return true
  return /^[=+\-@]/.test(cell.replace(/^[\s\p{Cf}]+/u, '').normalize('NFKC'))
}

test.each([',', ';', '\t'])('opened with %j as the separator, no cell starts a formula', (separator) => {
  const hostile = [
    "x;=cmd|' /C calc'!A0;",
    '=1+1',
    '+SUM(A1)',
    '-2+3',
    '@SUM(1)',
    '\t=1',
    '\r=1',
    'a,=1',
    'a\t-1',
    'Sales; =bad; -worse;@worst',
    'say "=hi";=x',
    '"=quoted"',
    '\uFF1D1+1',
    '\uFF0BSUM(A1)',
    '\uFF0D2+3',
    '\uFF20SUM(1)',
    '\uFE661+1',
    ' =1+1',
    '\u00A0=1+1',
    '\u200B=1+1',
    '\uFEFF=1+1',
    ' \u200B\u00A0\uFF1D1',
    'Sales; =HYPERLINK("http://x")',
    'a,\u3000\uFF20x',
  ]
  const csv = toCsv([hostile]).replace('\uFEFF', '')
  for (const line of csv.split(/\r\n|\n|\r/)) {
    for (const cell of spreadsheetCells(line, separator)) expect(startsFormula(cell), cell).toBe(false)
  }
})

test('opened with the separator it was written with, each field is one cell and reads as written', () => {
  const fields = ['Anna Petrova', 'Sales; Support', 'x;=cmd', '=1+1']
  const [line] = toCsv([fields]).replace('\uFEFF', '').split('\r\n')
  expect(spreadsheetCells(line!, ',')).toEqual(['Anna Petrova', 'Sales; Support', "x;'=cmd", "'=1+1"])
})

const header = {
  name: 'Name',
  department: 'Dept',
  extension: 'Ext',
  server: 'Server',
  login: 'Login',
  password: 'Password',
}
const sip: SipTable = {
  byId: new Map([
    [
      1,
      {
        userId: 1,
        phone: 'on',
        defaultLine: null,
        server: 's1',
        login: 'phone1',
        password: 'pw1',
        extension: null,
      },
    ],
  ]),
  noPermission: new Set(),
  keptOn: new Set(),
  stayedOff: new Set(),
  failed: new Set(),
  session: 1,
}
const employees = [
  { id: 1, fullName: 'Anna Petrova', position: '', photoUrl: null, departmentIds: [5], extension: '101' },
]
const departments = new Map([[5, { id: 5, name: 'Sales', parentId: null }]])

test('passwords are in the file only when asked for', () => {
  const without = provisioningRows(employees, departments, sip, header, false)
  expect(without).toEqual([
    ['Name', 'Dept', 'Ext', 'Server', 'Login'],
    ['Anna Petrova', 'Sales', '101', 's1', 'phone1'],
  ])
  expect(JSON.stringify(without)).not.toContain('pw1')
  expect(provisioningRows(employees, departments, sip, header, true)[1]).toEqual([
    'Anna Petrova',
    'Sales',
    '101',
    's1',
    'phone1',
    'pw1',
  ])
})

test('a department named like a formula is defused in the joined department cell', () => {
  const named = new Map([...departments, [6, { id: 6, name: '=HYPERLINK("http://x")', parentId: null }]])
  const [, row] = provisioningRows(
    [{ ...employees[0]!, departmentIds: [5, 6] }],
    named,
    undefined,
    header,
    false,
  )
  const [line] = toCsv([row!]).replace('\uFEFF', '').split('\r\n')
  for (const separator of [',', ';']) {
    for (const cell of spreadsheetCells(line!, separator)) expect(startsFormula(cell), cell).toBe(false)
  }
  expect(spreadsheetCells(line!, ',')[1]).toBe('Sales;\' =HYPERLINK("http://x")')
})

test('without readable SIP settings the file has no SIP columns at all', () => {
  expect(provisioningRows(employees, departments, undefined, header, true)).toEqual([
    ['Name', 'Dept', 'Ext'],
    ['Anna Petrova', 'Sales', '101'],
  ])
})

test('SIP settings are exportable only as the table may show them: approved, under the current token', () => {
  expect(exportableSip(sip, null, 1)).toBe(sip)
  expect(exportableSip(sip, new AppError({ kind: 'approval-pending' }), 1)).toBeUndefined()
  expect(exportableSip(sip, new AppError({ kind: 'approval-denied' }), 1)).toBeUndefined()
  expect(exportableSip(sip, null, 2)).toBeUndefined() // the token changed and nothing was read since
  expect(exportableSip(sip, new AppError({ kind: 'network', code: 'NETWORK_ERROR' }), 1)).toBe(sip)
})

test('the file name carries the portal and the date', () => {
  expect(exportFileName('https://acme.bitrix24.com', new Date('2026-11-23T10:00:00Z'))).toBe(
    'sip-phones-acme.bitrix24.com-2026-11-23.csv',
  )
})

test('after an activity scan the file carries each employee’s last call, last', () => {
  const rows = provisioningRows(
    employees,
    departments,
    sip,
    { ...header, lastCall: 'Last call' },
    false,
    (id) => (id === 1 ? 'No calls in 90 days (Jan 2, 2026 · outgoing)' : ''),
  )
  expect(rows).toEqual([
    ['Name', 'Dept', 'Ext', 'Server', 'Login', 'Last call'],
    ['Anna Petrova', 'Sales', '101', 's1', 'phone1', 'No calls in 90 days (Jan 2, 2026 · outgoing)'],
  ])
  // Without a scan there is no such column at all.
  expect(
    provisioningRows(employees, departments, sip, { ...header, lastCall: 'Last call' }, false)[0],
  ).toEqual(['Name', 'Dept', 'Ext', 'Server', 'Login'])
})

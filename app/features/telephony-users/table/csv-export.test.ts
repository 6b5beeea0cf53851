import { csvField, exportFileName, provisioningRows, toCsv } from './csv-export.ts'
import type { SipTable } from '../model/types.ts'

test('fields are quoted per RFC 4180 and formula-like text is defused', () => {
  expect(csvField('plain')).toBe('plain')
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
  ).toBe('\uFEFFa,б\r\nc,d\r\n')
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

test('the file name carries the portal and the date', () => {
  expect(exportFileName('https://acme.bitrix24.com', new Date('2026-11-23T10:00:00Z'))).toBe(
    'sip-phones-acme.bitrix24.com-2026-11-23.csv',
  )
})

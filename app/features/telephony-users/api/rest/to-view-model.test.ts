import * as v from 'valibot'
import { toEmployee, toLineNames, toPhoneState, toSipSettings } from './to-view-model.ts'
import { parseRows, RestLineNames, RestSipSettings, RestUser } from './rest-schemas.ts'

test.each([
  ['Y', 'on'],
  ['N', 'off'],
  [null, 'not-set'],
  ['', 'not-set'],
  [undefined, 'not-set'],
  ['maybe', 'unknown'],
  [1, 'unknown'],
] as const)('PHONE_ENABLED %j is %s', (value, state) => {
  expect(toPhoneState(value)).toBe(state)
})

test('an employee: full name, position, photo, departments and extension', () => {
  const [row] = parseRows(RestUser, [
    {
      ID: '7',
      NAME: ' Anna ',
      LAST_NAME: 'Petrova',
      WORK_POSITION: 'Head',
      PERSONAL_PHOTO: 'https://cdn.example/7.png',
      UF_DEPARTMENT: ['3', 5],
      UF_PHONE_INNER: '101',
    },
  ]).rows
  expect(toEmployee(row!)).toEqual({
    id: 7,
    fullName: 'Anna Petrova',
    position: 'Head',
    photoUrl: 'https://cdn.example/7.png',
    departmentIds: [3, 5],
    extension: '101',
    email: null,
  })
})

test('odd user rows: no name falls back to #id (user_brief has no e-mail), a javascript: photo is dropped, wrong types become empty', () => {
  const { rows } = parseRows(RestUser, [
    {
      ID: 8,
      EMAIL: 'x@y.z',
      PERSONAL_PHOTO: 'javascript:alert(1)',
      UF_DEPARTMENT: 'oops',
      WORK_POSITION: { a: 1 },
    },
    { ID: '9', NAME: null, LAST_NAME: '' },
  ])
  expect(toEmployee(rows[0]!)).toMatchObject({
    fullName: '#8',
    photoUrl: null,
    departmentIds: [],
    position: '',
    email: 'x@y.z', // with the scope user: the import matches lines by it
  })
  expect(toEmployee(rows[1]!)).toMatchObject({ fullName: '#9', email: null })
})

test('rows without a usable ID are rejected and counted; objects (PHP arrays with holes) are read too', () => {
  expect(parseRows(RestUser, [{ ID: 'abc' }, { NAME: 'x' }, { ID: '1' }])).toMatchObject({ rejected: 2 })
  expect(parseRows(RestUser, { 0: { ID: '1' }, 2: { ID: '3' } }).rows).toHaveLength(2)
  expect(parseRows(RestUser, null)).toEqual({ rows: [], rejected: 0 })
})

test('SIP settings: nulls stay null, numbers become text, the password is carried as is', () => {
  const [row] = parseRows(RestSipSettings, [
    {
      ID: '1',
      DEFAULT_LINE: 123,
      PHONE_ENABLED: 'Y',
      SIP_SERVER: 's',
      SIP_LOGIN: 'phone1',
      SIP_PASSWORD: null,
    },
  ]).rows
  expect(toSipSettings(row!)).toEqual({
    userId: 1,
    phone: 'on',
    defaultLine: '123',
    server: 's',
    login: 'phone1',
    password: null,
    extension: null,
  })
})

test('line names arrive HTML-escaped and are decoded once, to text', () => {
  const names = toLineNames({
    reg1: 'Sales &amp; Support',
    reg2: '&lt;b&gt;Main&lt;/b&gt; &quot;HQ&quot; O&#039;Brien',
    reg3: 'Double &amp;lt; stays',
  })
  expect(names).toEqual({
    reg1: 'Sales & Support',
    reg2: '<b>Main</b> "HQ" O\'Brien',
    reg3: 'Double &lt; stays',
  })
})

test('no lines arrive as an empty array and mean no lines, not unreadable names', () => {
  expect(v.parse(RestLineNames, [])).toEqual({})
  expect(v.safeParse(RestLineNames, ['x']).success).toBe(false)
  expect(v.parse(RestLineNames, { 12: 'Rented' })).toEqual({ 12: 'Rented' })
})

test.each([
  [
    'https://portal.example/upload/resize_cache/main/a1b/7.png',
    'https://portal.example/upload/resize_cache/main/a1b/7.png',
  ],
  ['http://127.0.0.1:8080/upload/7.png', 'http://127.0.0.1:8080/upload/7.png'],
  ['HTTPS://Portal.Example/upload/a b.png', 'https://portal.example/upload/a%20b.png'],
  ['  javascript:alert(1)', null],
  ['data:image/png;base64,AAAA', null],
  ['/upload/7.png', null],
  ['https:/portal.example/x.png', 'https://portal.example/x.png'],
])('photo %j is shown as %j', (value, shown) => {
  const { rows } = parseRows(RestUser, [{ ID: '1', PERSONAL_PHOTO: value }])
  expect(toEmployee(rows[0]!).photoUrl).toBe(shown)
})

import { stringify } from 'qs-esm'
import { IDS_PER_COMMAND, SAFE_IDS_PER_COMMAND } from '@/features/telephony-users/api/get-sip-settings.ts'
import { parsePhpQuery, urlDecode } from './php-query.ts'
import { defaultSettings } from './settings.ts'

describe('parsePhpQuery', () => {
  test('reads percent-encoded brackets, prefixes and indexed arrays', () => {
    expect(
      parsePhpQuery('FILTER%5B%3EID%5D=100&USER_ID%5B0%5D=1&USER_ID%5B1%5D=2&select[]=ID&select[]=NAME'),
    ).toEqual({
      FILTER: { '>ID': '100' },
      USER_ID: ['1', '2'],
      select: ['ID', 'NAME'],
    })
  })

  test('keeps objects whose keys are not 0..n-1 in order', () => {
    expect(parsePhpQuery('a[1]=x&a[0]=y')).toEqual({ a: { 1: 'x', 0: 'y' } })
    expect(Array.isArray(parsePhpQuery('a[1]=x&a[0]=y').a)).toBe(false)
    expect(parsePhpQuery('a[0]=x&a[2]=z').a).toEqual({ 0: 'x', 2: 'z' })
    expect(parsePhpQuery('a[01]=x').a).toEqual({ '01': 'x' })
  })

  test('appends after the highest integer key, as PHP does', () => {
    expect(parsePhpQuery('a[5]=x&a[]=y')).toEqual({ a: { 5: 'x', 6: 'y' } })
    expect(parsePhpQuery('a[]=x&a[]=y&a[]=z').a).toEqual(['x', 'y', 'z'])
  })

  test('decodes + and UTF-8, leaves broken escapes, the later duplicate wins', () => {
    expect(parsePhpQuery('q=J%C3%BCrgen+M&x=100%&x=2')).toEqual({ q: 'Jürgen M', x: '2' })
    expect(urlDecode('%zz%4')).toBe('%zz%4')
    // Characters sent unescaped are read as their UTF-8 bytes, beside escapes; an escaped + is a plus.
    expect(urlDecode('Zoë+%2B%41+🚀%20x%e2%82%ac')).toBe('Zoë +A 🚀 x€')
    expect(parsePhpQuery('flag&empty=')).toEqual({ flag: '', empty: '' })
  })

  test('rewrites the variable name like PHP and drops nameless pairs', () => {
    expect(parsePhpQuery('a.b=1&c d=2&e[f=3&=4&[x]=5')).toEqual({ a_b: '1', c_d: '2', e_f: '3' })
  })

  test('a scalar met by a deeper key becomes an array', () => {
    expect(parsePhpQuery('a=1&a[b]=2')).toEqual({ a: { b: '2' } })
    expect(parsePhpQuery('a[b]=2&a=1')).toEqual({ a: '1' })
  })

  test('reads what the SDK builds with qs-esm stringify', () => {
    const params = {
      FILTER: { ACTIVE: true, USER_TYPE: 'employee', '>ID': 100, '%NAME': 'Zoë & <b>' },
      select: ['ID', 'NAME', 'UF_DEPARTMENT'],
      order: { ID: 'ASC' },
      start: -1,
      USER_ID: [1, '2', 3],
      nested: [{ a: 'x=y' }, { a: '[]' }],
      empty: null,
    }
    expect(parsePhpQuery(stringify(params))).toEqual({
      FILTER: { ACTIVE: 'true', USER_TYPE: 'employee', '>ID': '100', '%NAME': 'Zoë & <b>' },
      select: ['ID', 'NAME', 'UF_DEPARTMENT'],
      order: { ID: 'ASC' },
      start: '-1',
      USER_ID: ['1', '2', '3'],
      nested: [{ a: 'x=y' }, { a: '[]' }],
      empty: '',
    })
  })

  test('reads qs-esm brackets format and unencoded brackets alike', () => {
    const text = stringify({ ids: [4, 5] }, { arrayFormat: 'brackets', encode: false })
    expect(text).toBe('ids[]=4&ids[]=5')
    expect(parsePhpQuery(text)).toEqual({ ids: ['4', '5'] })
  })
})

describe('parsePhpQuery, where PHP parse_str has its own rules', () => {
  test('one space inside empty brackets still appends', () => {
    expect(parsePhpQuery('a[ ]=x&a[ ]=y')).toEqual({ a: ['x', 'y'] })
  })

  test('an unterminated first bracket turns every later space, dot and bracket into _', () => {
    expect(parsePhpQuery('a[b[c=1')).toEqual({ a_b_c: '1' })
    expect(parsePhpQuery('a[b.c d=1')).toEqual({ a_b_c_d: '1' })
  })

  test('stops at max_input_vars, dropping the rest (default 1000)', () => {
    const ids = Array.from({ length: 1200 }, (_, i) => `USER_ID[]=${i + 1}`).join('&')
    expect(parsePhpQuery(ids).USER_ID).toHaveLength(1000)
    expect(parsePhpQuery('a=1&b=2&c=3', { maxInputVars: 2 })).toEqual({ a: '1', b: '2' })
  })

  test("a voximplant.user.get command of IDS_PER_COMMAND ids is whole on a portal passing Bitrix24's check, cut at PHP's default", () => {
    const command = (count: number) =>
      Array.from({ length: count }, (_, i) => `USER_ID[${i}]=${i + 1}`).join('&')
    const { maxInputVars } = defaultSettings()
    expect(maxInputVars).toBe(10_000)
    expect(parsePhpQuery(command(IDS_PER_COMMAND), { maxInputVars }).USER_ID).toHaveLength(IDS_PER_COMMAND)
    // PHP's own default drops the tail: the app asks those ids again, SAFE_IDS_PER_COMMAND at a time.
    const cut = parsePhpQuery(command(IDS_PER_COMMAND)).USER_ID as string[]
    expect(cut).toHaveLength(1000)
    expect(cut.at(-1)).toBe('1000')
    expect(parsePhpQuery(command(SAFE_IDS_PER_COMMAND)).USER_ID).toHaveLength(SAFE_IDS_PER_COMMAND)
  })
})

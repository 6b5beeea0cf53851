import { ids, kit } from '../test-kit.ts'
import { nameSearchWords } from './name-search.ts'

type Body = { result: Array<Record<string, unknown>>; total?: number }
const EMPLOYEES = { ACTIVE: true, USER_TYPE: 'employee' }

describe('user.get NAME_SEARCH and UF_PHONE_INNER, as Bitrix24 searches', () => {
  const { call } = kit({ employees: 200 })
  const body = (filter: Record<string, unknown>) =>
    call('user.get', { FILTER: { ...EMPLOYEES, ...filter } }).body as Body
  const found = (search: string) => ids(body({ NAME_SEARCH: search }).result)
  const everyone = body({}).total

  test('every word must start a word of the name or position, in any order and any case', () => {
    expect(found('anna petr')).toEqual([1])
    expect(found('PETR anna')).toEqual([1])
    expect(found('petrova')).toContain(1)
    expect(found('telephony')).toContain(2)
    // Inside a word is not the start of one; and every word has to match.
    expect(found('etrova')).not.toContain(1)
    expect(found('anna thompson')).toEqual([])
  })

  test('accents fold only where ROT13 leaves the letter alone: typed as stored, they find', () => {
    expect(found('ångström')).toEqual([5])
    expect(found('ÅNGSTRÖM zoë')).toEqual([5])
    expect(found('müller')).toContain(5)
    expect(found('angstrom')).not.toContain(5)
    expect(found('zoe')).not.toContain(5)
    expect(found('оболенская')).toEqual([3])
  })

  test('the second name is not in the index; hyphens and apostrophes split words', () => {
    expect(found('Александровна')).not.toContain(3)
    expect(found('Смирнова')).toEqual([3])
    expect(found("o'connor")).toContain(9)
    expect(found("d'arcy")).toContain(9)
  })

  test('words under three characters are dropped; none left means no condition at all', () => {
    expect(body({ NAME_SEARCH: 'an' }).total).toBe(everyone)
    expect(body({ NAME_SEARCH: 'an pe' }).total).toBe(everyone)
    expect(found('anna li')).toEqual(found('anna'))
    expect(nameSearchWords('an pe')).toBeUndefined()
    expect(nameSearchWords('Anna Li')).toEqual(['naan'])
  })

  test('a query of digits searches the user ID, zero-padded, not the extension', () => {
    expect(found('2')).toEqual([2])
    expect(found('105')).not.toContain(5)
    expect(nameSearchWords('7')).toEqual(['007'])
  })

  test('UF_PHONE_INNER: digits alone are exact, a trailing % makes a prefix', () => {
    expect(ids(body({ UF_PHONE_INNER: '105' }).result)).toEqual([5])
    const prefixed = body({ UF_PHONE_INNER: '10%' }).result
    expect(ids(prefixed)).toContain(5)
    expect(prefixed.length).toBeGreaterThan(1)
    expect(prefixed.every((user) => String(user.UF_PHONE_INNER).startsWith('10'))).toBe(true)
    expect(ids(body({ UF_PHONE_INNER: '10' }).result)).not.toContain(5)
  })

  test('FIND is not a filter of user.get (only of user.search): it is dropped', () => {
    expect(body({ FIND: 'anna petr' }).total).toBe(everyone)
  })
})

import { lastSettingsFromCookie } from '../server/page-route.ts'
import {
  COOKIE_LIMIT_BYTES,
  createUserOptionStore,
  fitsInCookie,
  LAST_SETTINGS_COOKIE,
  lastSettingsValue,
  optionValue,
} from './user-options.js'

const SESSID = 'f'.repeat(32)

function store() {
  const persist = vi.fn(async () => undefined)
  const cookies: string[] = []
  const options = createUserOptionStore({ persist, writeCookie: (c) => cookies.push(c), sessid: SESSID })
  return { options, persist, cookies }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('user option store', () => {
  it('sends every pending option once, delayMs after the first save; later saves join that batch', async () => {
    const { options, persist, cookies } = store()
    options.set('a', '1', 5000)
    await vi.advanceTimersByTimeAsync(3000)
    options.set('b', '2', 5000)
    expect(options.pending()).toEqual({ a: '1', b: '2' })
    await vi.advanceTimersByTimeAsync(1999)
    expect(persist).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(persist.mock.calls).toEqual([
      ['a', '1'],
      ['b', '2'],
    ])
    expect(options.pending()).toEqual({})
    expect(options.changed()).toEqual({ a: '1', b: '2' })
    // Sent: the cookie is emptied, as BX.userOptions.send does.
    expect(cookies.at(-1)).toBe(`${LAST_SETTINGS_COOKIE}=; path=/`)
  })

  it('keeps the pending options in the cookie until then, in the form the server reads back', () => {
    const { options, cookies } = store()
    options.set('view', '{"q":"Ann & Bob","sort":"name:asc"}', 5000)
    options.set('lang', 'ünïcode %41', 5000)
    expect(cookies).toHaveLength(2)
    expect(cookies[1]).toMatch(new RegExp(`^${LAST_SETTINGS_COOKIE}=[^;]+; expires=[^;]+ GMT; path=/$`))
    expect(lastSettingsFromCookie(`other=1; ${cookies[1]?.split(';')[0]}`, SESSID)).toEqual({
      view: '{"q":"Ann & Bob","sort":"name:asc"}',
      lang: 'ünïcode %41',
    })
  })

  it('does not write a cookie past 4096 bytes: the browser would refuse it, the older one stays', () => {
    const { options, cookies } = store()
    options.set('small', 'x', 5000)
    options.set('big', '{'.repeat(1000), 5000)
    expect(cookies).toHaveLength(1)
    expect(lastSettingsFromCookie(cookies[0]?.split(';')[0], SESSID)).toEqual({ small: 'x' })
    // The big value is still pending and still goes to the server when the timer fires.
    expect(options.pending()).toEqual({ small: 'x', big: '{'.repeat(1000) })
  })

  it('measures the budget on the encoded cookie: JSON grows about five-fold', () => {
    const fits = lastSettingsValue({ v: '{'.repeat(700) }, SESSID)
    const tooBig = lastSettingsValue({ v: '{'.repeat(900) }, SESSID)
    expect(fitsInCookie(fits)).toBe(true)
    expect(fitsInCookie(tooBig)).toBe(false)
    expect(LAST_SETTINGS_COOKIE.length + tooBig.length).toBeGreaterThan(COOKIE_LIMIT_BYTES)
  })

  it('stores values as strings', () => {
    expect([optionValue('s'), optionValue(5), optionValue(null), optionValue(undefined)]).toEqual([
      's',
      '5',
      '',
      '',
    ])
  })
})

describe('lastSettingsFromCookie (the server side)', () => {
  it('applies nothing from another session, and nothing without the cookie', () => {
    const cookie = `${LAST_SETTINGS_COOKIE}=${lastSettingsValue({ a: '1' }, SESSID)}`
    expect(lastSettingsFromCookie(cookie, 'other')).toEqual({})
    expect(lastSettingsFromCookie('x=1', SESSID)).toBeUndefined()
    expect(lastSettingsFromCookie(undefined, SESSID)).toBeUndefined()
    expect(lastSettingsFromCookie(`${LAST_SETTINGS_COOKIE}=%E0%A4%A`, SESSID)).toEqual({})
  })
})

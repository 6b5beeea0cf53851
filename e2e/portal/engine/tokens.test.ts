import { kit, T0 } from './test-kit.ts'
import { ConfirmationBook } from './confirmations.ts'
import { RestError } from './errors.ts'
import { TokenStore } from './tokens.ts'

describe('TokenStore', () => {
  test('issues distinct tokens for the user, living the given seconds', () => {
    const store = new TokenStore(1)
    const a = store.issue(1000, 1, 3600)
    const b = store.issue(1000, 1, 3600)
    expect(a.AUTH_ID).not.toBe(b.AUTH_ID)
    expect(a).toMatchObject({ AUTH_EXPIRES: 3600, expiresAt: 3_601_000, userId: 1 })
    expect(a.AUTH_ID).toMatch(/^[0-9a-f]{32}$/)
    expect(new TokenStore(1).issue(0, 1, 1).AUTH_ID).toBe(new TokenStore(1).issue(0, 1, 1).AUTH_ID)
  })

  test('missing, unknown and expired tokens get their own errors', () => {
    const store = new TokenStore(1)
    const { AUTH_ID } = store.issue(0, 3, 10)
    const code = (auth: unknown, now: number) => {
      const checked = store.check(auth, now)
      return checked instanceof RestError ? `${checked.status} ${checked.code}` : checked.userId
    }
    expect(code(undefined, 0)).toBe('401 NO_AUTH_FOUND')
    expect(code('', 0)).toBe('401 NO_AUTH_FOUND')
    expect(code('nope', 0)).toBe('401 invalid_token')
    expect(code(AUTH_ID, 9_999)).toBe(3)
    expect(code(AUTH_ID, 10_000)).toBe('401 expired_token')
  })

  test('expireAll ends every live token now', () => {
    const store = new TokenStore(1)
    const { AUTH_ID } = store.issue(0, 1, 3600)
    store.expireAll(5000)
    expect(store.check(AUTH_ID, 5000)).toMatchObject({
      code: 'expired_token',
      message: 'The access token provided has expired',
    })
  })
})

describe('ConfirmationBook', () => {
  const codeOf = (run: () => void): string => {
    try {
      run()
      return 'ok'
    } catch (error) {
      return error instanceof RestError ? `${error.status} ${error.code}` : 'other'
    }
  }

  const admins = () => [1, 4]

  test('waiting until decided, without a second notification', () => {
    const book = new ConfirmationBook()
    expect(codeOf(() => book.require('t1', 1, 100, admins))).toBe('401 METHOD_CONFIRM_WAITING')
    expect(codeOf(() => book.require('t1', 1, 200, admins))).toBe('401 METHOD_CONFIRM_WAITING')
    expect(book.pending()).toEqual([
      { token: 't1', userId: 1, method: 'voximplant.user.get', askedAt: 100, notified: [1, 4] },
    ])
    expect(book.decideAll('approved')).toBe(1)
    expect(book.pending()).toEqual([])
    expect(codeOf(() => book.require('t1', 1, 300, admins))).toBe('ok')
    expect(book.decideAll('denied')).toBe(0)
  })

  test('a denial belongs to its token; a new token asks again', () => {
    const book = new ConfirmationBook()
    codeOf(() => book.require('t1', 1, 0, admins))
    book.decideAll('denied')
    expect(codeOf(() => book.require('t1', 1, 0, admins))).toBe('403 METHOD_CONFIRM_DENIED')
    expect(codeOf(() => book.require('t2', 1, 0, admins))).toBe('401 METHOD_CONFIRM_WAITING')
    expect(book.stateOf('t2')).toBe('waiting')
  })
})

describe('where the token may be', () => {
  test('access_token works as auth does; an array in auth is passed over for it', () => {
    const { engine, token } = kit()
    expect(engine.handleRest('user.admin', { access_token: token }, T0 + 1000).status).toBe(200)
    expect(engine.handleRest('user.admin', { auth: [token], access_token: token }, T0 + 1000).status).toBe(
      200,
    )
    expect(engine.handleRest('user.admin', { auth: ['x'] }, T0 + 1000).status).toBe(401)
  })
})

// @ts-check
/**
 * User options the way a Bitrix24 page saves them (docs/bitrix24.md "User options are saved later"):
 * the page keeps a new value at once, sends every pending one to the server `delayMs` after the first
 * (the first save starts the timer, later ones join it) and, until then, keeps them in the
 * `BITRIX_SM_LAST_SETTINGS` cookie, which the server applies on the next page request. A cookie the
 * browser would refuse (past 4096 bytes) is not written: a reload before the timer then loses the value.
 */

export const LAST_SETTINGS_COOKIE = 'BITRIX_SM_LAST_SETTINGS'

/** Browsers ignore a cookie whose name and value together pass 4096 bytes (RFC 6265 section 6.1). */
export const COOKIE_LIMIT_BYTES = 4096

/** The app's id as in `options_<id>`: the local portal has one app. */
const APP_ID = 1

/**
 * An option value as the server stores it: strings as they are, anything else as a form post would send it.
 * @param {unknown} value
 * @returns {string}
 */
export function optionValue(value) {
  if (typeof value === 'string') return value
  return value === null || value === undefined ? '' : String(value)
}

/**
 * The cookie value for the pending options: a PHP query (`p[0][v][<name>]=<value>`), URL-encoded once
 * more, then the session id the server checks.
 * @param {Record<string, string>} pending
 * @param {string} sessid
 * @returns {string}
 */
export function lastSettingsValue(pending, sessid) {
  const packed = [
    'p[0][c]=app_options',
    `p[0][n]=options_${APP_ID}`,
    ...Object.entries(pending).map(
      ([name, value]) => `p[0][v][${encodeURIComponent(name)}]=${encodeURIComponent(value)}`,
    ),
  ].join('&')
  return `${encodeURIComponent(packed)}&sessid=${sessid}`
}

/** @param {string} value */
export function fitsInCookie(value) {
  return LAST_SETTINGS_COOKIE.length + value.length <= COOKIE_LIMIT_BYTES
}

/**
 * @typedef {object} UserOptionIo
 * @property {(name: string, value: string) => Promise<unknown>} persist Stores one option on the server.
 * @property {(cookie: string) => void} writeCookie Sets `document.cookie`.
 * @property {string} sessid
 */

/** @param {UserOptionIo} io */
export function createUserOptionStore(io) {
  /** @type {Record<string, string>} Set while this page is open: a new load of the app in it gets them. */
  const changed = {}
  /** @type {Record<string, string>} Set and not yet sent. */
  let pending = {}
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer

  async function send() {
    const sending = pending
    pending = {}
    timer = undefined
    io.writeCookie(`${LAST_SETTINGS_COOKIE}=; path=/`)
    for (const [name, value] of Object.entries(sending)) await io.persist(name, value)
  }

  return {
    /** @returns {Record<string, string>} */
    changed: () => ({ ...changed }),
    /** @returns {Record<string, string>} */
    pending: () => ({ ...pending }),
    /**
     * @param {string} name
     * @param {string} value
     * @param {number} delayMs
     */
    set(name, value, delayMs) {
      changed[name] = value
      pending[name] = value
      const cookie = lastSettingsValue(pending, io.sessid)
      const expires = `Thu, 31 Dec ${new Date().getFullYear() + 1} 23:59:59 GMT`
      if (fitsInCookie(cookie))
        io.writeCookie(`${LAST_SETTINGS_COOKIE}=${cookie}; expires=${expires}; path=/`)
      timer ??= setTimeout(() => {
        send().catch((error) => console.error('saving user options failed', error))
      }, delayMs)
    },
  }
}

/** @typedef {ReturnType<typeof createUserOptionStore>} UserOptionStore */

// @ts-check
/**
 * The parent side of the Bitrix24 frame protocol, as pure functions (docs/bitrix24.md "The parent page and frame protocol";
 * the app side is `@bitrix24/b24jssdk` 2.2.0 `frame/message/controller.mjs`).
 */

/**
 * @typedef {object} FrameMessage
 * @property {string} command
 * @property {unknown} params Parsed JSON params; the raw string when they are not JSON; undefined when absent.
 * @property {string} callbackId
 * @property {string} appSid
 */

/**
 * Parses `"<command>:<callbackId>:<appSid>"` or `"<command>:<params>:<callbackId>:<appSid>"`.
 * The params may contain `:` (JSON with URLs), so the command is the first token and the callback id
 * and app sid are the last two. Returns null for anything else.
 * @param {unknown} data
 * @returns {FrameMessage | null}
 */
export function parseFrameMessage(data) {
  if (typeof data !== 'string') return null
  const parts = data.split(':')
  if (parts.length < 3) return null
  const command = parts[0] ?? ''
  const appSid = parts[parts.length - 1] ?? ''
  const callbackId = parts[parts.length - 2] ?? ''
  if (!/^[A-Za-z]+$/.test(command) || callbackId === '' || appSid === '') return null
  const raw = parts.slice(1, -2).join(':')
  if (raw === '') return { command, params: undefined, callbackId, appSid }
  try {
    return { command, params: JSON.parse(raw), callbackId, appSid }
  } catch {
    return { command, params: raw, callbackId, appSid }
  }
}

/**
 * The answer the SDK expects: `"<callbackId>:" + JSON`; with nothing to say, just `"<callbackId>:"`
 * (the SDK then resolves with an empty string).
 * @param {string} callbackId
 * @param {unknown} [reply]
 * @returns {string}
 */
export function formatReply(callbackId, reply) {
  return reply === undefined ? `${callbackId}:` : `${callbackId}:${JSON.stringify(reply)}`
}

/**
 * Paths `openPath` may open (docs/bitrix24.md "The parent page and frame protocol"). The SDK
 * prefixes every path with one of these plus `../..` so that any portal page passes the check.
 */
const OPEN_PATH_ALLOWED =
  /^\/(crm\/(deal|lead|contact|company|type)|marketplace|company\/personal\/user\/[0-9]+|workgroups\/group\/[0-9]+)\//

/**
 * What Bitrix24 does with an `openPath` path: refuse it (`PATH_NOT_AVAILABLE`) or open the page it
 * resolves to. The slider markers the SDK adds (`IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER`) are dropped from `path`.
 * @param {unknown} rawPath
 * @returns {{ ok: true, path: string } | { ok: false, errorCode: 'PATH_NOT_AVAILABLE' }}
 */
export function resolveOpenPath(rawPath) {
  if (typeof rawPath !== 'string' || !OPEN_PATH_ALLOWED.test(rawPath))
    return { ok: false, errorCode: 'PATH_NOT_AVAILABLE' }
  const url = new URL(rawPath, 'http://portal.invalid')
  url.searchParams.delete('IFRAME')
  url.searchParams.delete('IFRAME_TYPE')
  return { ok: true, path: url.pathname + url.search }
}

/** What a person sees as the slider's heading for the portal pages the app links to; other paths show as they are. */
const PAGE_NAMES = /** @type {const} */ ([
  [/^\/telephony\/users\.php(?:$|\?)/, 'Telephony → Users'],
  [/^\/telephony\/lines\.php(?:$|\?)/, 'Telephony → Lines'],
  [/^\/telephony\//, 'Telephony'],
  [/^\/company\/personal\/user\/[0-9]+\//, 'Employee profile'],
  [/^\/marketplace\//, 'Market'],
])

/**
 * The slider's heading (and accessible name) for a resolved `openPath` path.
 * @param {string} path
 * @returns {string}
 */
export function sliderTitle(path) {
  return PAGE_NAMES.find(([pattern]) => pattern.test(path))?.[1] ?? path
}

/**
 * The iframe size `resizeWindow` asks for, as CSS: width may be "100%" (fitWindow) or pixels; values
 * that are not positive are ignored, as in BX24.resizeWindow
 * (docs/bitrix24.md "The parent page and frame protocol").
 * @param {unknown} params
 * @returns {{ width?: string, height?: string }}
 */
export function resizeStyle(params) {
  /** @type {{ width?: string, height?: string }} */
  const style = {}
  if (typeof params !== 'object' || params === null) return style
  const { width, height } = /** @type {{ width?: unknown, height?: unknown }} */ (params)
  if (width === '100%') style.width = '100%'
  else if (Number.parseInt(String(width), 10) > 0) style.width = `${Number.parseInt(String(width), 10)}px`
  if (Number.parseInt(String(height), 10) > 0) style.height = `${Number.parseInt(String(height), 10)}px`
  return style
}

/**
 * Options as the page hands them to the app. PHP encodes an empty array as `[]`, so an app that never
 * stored an option gets `[]`, not `{}` (unverified on a live portal; the SDK accepts both).
 * @param {Record<string, string>} options
 * @returns {Record<string, string> | never[]}
 */
export function optionsForApp(options) {
  return Object.keys(options).length === 0 ? [] : options
}

/**
 * A random app sid, hex like Bitrix24's (`9c33468728e1d2c8c97562475edfd96`).
 * @param {Pick<Crypto, 'getRandomValues'>} crypto
 * @returns {string}
 */
export function randomAppSid(crypto) {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('')
}

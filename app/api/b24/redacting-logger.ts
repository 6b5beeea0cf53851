import { AbstractLogger, type LoggerInterface, type LogLevel } from '@bitrix24/b24jssdk'

const MASK = '***'
/** Any key that names a password: the SDK's own redaction knows only exact keys such as `password`. */
const PASSWORD_KEY = /password/i
/** What a nested object becomes past the depth limit: its contents are never checked, so never shown. */
export const TOO_DEEP = '[nested too deep]'
const MAX_DEPTH = 8
const KEY = String.raw`[\w$.-]*password[\w$.-]*`
/**
 * A password key and the opening quote of its string value: `"SIP_PASSWORD":"`, the same escaped once
 * or more inside another JSON string (`\"SIP_PASSWORD\":\"`), single-quoted or bare keys
 * (`'SIP_PASSWORD': '`, `SIP_PASSWORD: '`). Group 1: the backslashes before each quote; group 3: the
 * value's quote.
 */
const QUOTED_PASSWORD = new RegExp(
  String.raw`(?:(\\*)(["'])${KEY}\1\2|(?<![\w$.-])${KEY})\s*:\s*\1(["'])`,
  'gi',
)
/** `SIP_PASSWORD=…`, `FIELDS[password_sip]=…` in a logged query string (URL-encoded: no quotes inside). */
const QUERY_PASSWORD = new RegExp(String.raw`([\w$.[\]-]*password[\w$.[\]-]*=)[^&#\s"\\]*`, 'gi')

/**
 * Where a string value opened at `from` ends. Unescaped (a JSON or JS string) it ends at its first quote
 * not escaped; escaped `escape` deep inside another string, at the first `escape` + quote not escaped
 * further, which may mask more than the value but never less. A string cut off ends with the text.
 */
function valueEnd(text: string, from: number, escape: string, quote: string): number {
  if (escape === '') {
    for (let i = from; i < text.length; i += text[i] === '\\' ? 2 : 1) if (text[i] === quote) return i
    return text.length
  }
  for (let at = text.indexOf(escape + quote, from); at >= 0; at = text.indexOf(escape + quote, at + 1)) {
    if (text[at - 1] !== '\\') return at
  }
  return text.length
}

function redactQuoted(text: string): string {
  let out = ''
  let copied = 0
  for (const match of text.matchAll(QUOTED_PASSWORD)) {
    const escape = match[1] ?? ''
    const quote = match[3] ?? '"'
    const start = match.index + match[0].length
    if (start < copied) continue // inside a value already masked
    const end = valueEnd(text, start, escape, quote)
    out += `${text.slice(copied, start)}${MASK}${escape}${quote}`
    copied = Math.min(text.length, end + escape.length + 1)
  }
  return out + text.slice(copied)
}

export function redactText(text: string): string {
  return redactQuoted(text).replace(QUERY_PASSWORD, `$1${MASK}`)
}

export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value)
  if (typeof value !== 'object' || value === null) return value
  if (depth > MAX_DEPTH) return TOO_DEEP
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1))
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      PASSWORD_KEY.test(key) ? MASK : redactValue(item, depth + 1),
    ]),
  )
}

/** Passes every record to `inner` with SIP passwords masked, in objects and in the JSON the SDK logs. */
export class RedactingLogger extends AbstractLogger {
  readonly #inner: LoggerInterface

  constructor(inner: LoggerInterface) {
    super()
    this.#inner = inner
  }

  override async log(level: LogLevel, message: string, context?: Record<string, unknown>): Promise<void> {
    const safe = context === undefined ? undefined : (redactValue(context) as Record<string, unknown>)
    await this.#inner.log(level, redactText(message), safe)
  }
}

/**
 * Whatever logger is ever set on the SDK (a developer's console logger while debugging included) sees
 * SIP passwords masked: the SDK logs REST results, and `voximplant.user.get` returns SIP_PASSWORD.
 */
export function guardLogger(sdk: { setLogger(logger: LoggerInterface): void }): void {
  const setLogger = sdk.setLogger.bind(sdk)
  sdk.setLogger = (logger) =>
    setLogger(logger instanceof RedactingLogger ? logger : new RedactingLogger(logger))
}

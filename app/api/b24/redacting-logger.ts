import { AbstractLogger, type LoggerInterface, type LogLevel } from '@bitrix24/b24jssdk'

const MASK = '***'
/** Any key that names a password: the SDK's own redaction knows only exact keys such as `password`. */
const PASSWORD_KEY = /password/i
/** `"SIP_PASSWORD":"…"` in a logged JSON string, escaped quotes and a string cut off mid-value included. */
const JSON_PASSWORD = /("[A-Za-z_]*password"\s*:\s*)"(?:[^"\\]|\\.)*(?:"|\\?$)/gi
/** `SIP_PASSWORD=…` in a logged query string. */
const QUERY_PASSWORD = /([A-Za-z_[\]]*password[\]]?=)[^&#\s]*/gi

export function redactText(text: string): string {
  return text.replace(JSON_PASSWORD, `$1"${MASK}"`).replace(QUERY_PASSWORD, `$1${MASK}`)
}

export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value)
  if (depth > 8 || typeof value !== 'object' || value === null) return value
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

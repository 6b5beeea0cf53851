import type { RequestLogEntry } from '../contract.ts'
import { isRecord } from './php.ts'

export const LOG_LIMIT = 20_000
const REDACTED = '[redacted]'
/** Secrets never reach the log: the token, and anything that looks like a password (SIP_PASSWORD). */
const SECRET_KEY = /password|^auth$|^access_token$|^refresh_token$/i
/** The same inside batch command strings, whose brackets may be percent-encoded. */
const SECRET_IN_QUERY = /((?:^|[?&])(?:[^=&]*password[^=&]*|auth|access_token|refresh_token)=)[^&]*/gi

/** A deep copy of the request parameters without `auth` and with every secret value replaced. */
export function loggableParams(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body)) {
    if (/^auth$/i.test(key)) continue
    out[key] = redact(key, value)
  }
  return out
}

function redact(key: string, value: unknown): unknown {
  if (SECRET_KEY.test(key)) return value === null ? null : REDACTED
  if (typeof value === 'string') return value.replace(SECRET_IN_QUERY, `$1${REDACTED}`)
  if (Array.isArray(value)) return value.map((item, index) => redact(String(index), item))
  if (isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const [childKey, child] of Object.entries(value)) out[childKey] = redact(childKey, child)
    return out
  }
  return value
}

/** The last LOG_LIMIT requests, oldest first; `seq` keeps counting across clears. */
export class RequestLog {
  readonly entries: RequestLogEntry[] = []
  #seq = 0

  append(entry: Omit<RequestLogEntry, 'seq'>): RequestLogEntry {
    const logged: RequestLogEntry = { seq: ++this.#seq, ...entry }
    this.entries.push(logged)
    if (this.entries.length > LOG_LIMIT) this.entries.splice(0, this.entries.length - LOG_LIMIT)
    return logged
  }

  clear(): void {
    this.entries.splice(0)
  }
}

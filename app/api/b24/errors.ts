import { AjaxError, SdkError } from '@bitrix24/b24jssdk'

/**
 * Every failure the app can meet, as one discriminated union. The UI switches on `kind`,
 * never on message text (Bitrix24's descriptions are not meant for end users as they are).
 */
export type AppErrorDetail =
  | { kind: 'approval-pending' }
  | { kind: 'approval-denied' }
  | { kind: 'access-denied'; description: string }
  | { kind: 'rate-limited'; code: 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'OVERLOAD_LIMIT' }
  | { kind: 'auth'; code: string }
  | { kind: 'network'; code: 'NETWORK_ERROR' | 'REQUEST_TIMEOUT' }
  | { kind: 'not-in-frame' }
  | { kind: 'frame-timeout'; command: string }
  | { kind: 'invalid-answer'; description: string }
  /** A change was sent but its result could not be read back from Bitrix24. */
  | { kind: 'unverified' }
  | { kind: 'rest'; code: string; status: number; description: string }

export type AppErrorKind = AppErrorDetail['kind']

export class AppError extends Error {
  override readonly name = 'AppError'
  readonly detail: AppErrorDetail

  constructor(detail: AppErrorDetail) {
    super(describe(detail))
    this.detail = detail
  }

  get kind(): AppErrorKind {
    return this.detail.kind
  }
}

function describe(detail: AppErrorDetail): string {
  if (detail.kind === 'rest') return `${detail.code || `HTTP ${detail.status}`}: ${detail.description}`
  if (detail.kind === 'access-denied' || detail.kind === 'invalid-answer')
    return `${detail.kind}: ${detail.description}`
  return detail.kind
}

const ACCESS_CODES = new Set([
  'ACCESS_DENIED',
  'INVALID_CREDENTIALS',
  'insufficient_scope',
  'user_access_error',
])
const AUTH_CODES = new Set([
  'expired_token',
  'invalid_token',
  'NO_AUTH_FOUND',
  'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT',
])
const RATE_CODES = ['QUERY_LIMIT_EXCEEDED', 'OPERATION_TIME_LIMIT', 'OVERLOAD_LIMIT'] as const
type RateCode = (typeof RATE_CODES)[number]
const isRateCode = (code: string): code is RateCode => (RATE_CODES as readonly string[]).includes(code)

/** Bitrix24 error code and description from a REST error body or a batch `result_error` entry. */
export function fromRestError(code: string, description: string, status: number): AppError {
  if (code === 'METHOD_CONFIRM_WAITING') return new AppError({ kind: 'approval-pending' })
  if (code === 'METHOD_CONFIRM_DENIED') return new AppError({ kind: 'approval-denied' })
  if (ACCESS_CODES.has(code)) return new AppError({ kind: 'access-denied', description })
  if (isRateCode(code)) return new AppError({ kind: 'rate-limited', code })
  if (AUTH_CODES.has(code)) return new AppError({ kind: 'auth', code })
  if (code === 'NETWORK_ERROR' || code === 'REQUEST_TIMEOUT') return new AppError({ kind: 'network', code })
  return new AppError({ kind: 'rest', code, status, description })
}

/** The one door every SDK failure goes through: thrown AjaxError/SdkError, or anything else. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (error instanceof AjaxError || error instanceof SdkError) {
    // The SDK wraps its own non-HTTP failures (a parent that never answers refreshAuth…) as
    // JSSDK_UNKNOWN_ERROR around the original SdkError: the original says what happened.
    const inner: unknown = error.originalError
    if (error.code === 'JSSDK_UNKNOWN_ERROR' && inner instanceof SdkError && inner !== error)
      return toAppError(inner)
    // An answer with an empty code ({"error": "", "error_description": "Parameter USER_ID is not set"})
    // reaches us as axios' ERR_BAD_REQUEST: keep the portal's description (docs/bitrix24.md "The JS SDK in a frame").
    const description = restDescription(error) ?? error.message
    return fromRestError(error.code, description, error.status)
  }
  return new AppError({
    kind: 'rest',
    code: 'UNKNOWN',
    status: 0,
    description: error instanceof Error ? error.message : String(error),
  })
}

/** The portal's own `error_description`, when the SDK kept the raw answer. */
function restDescription(error: SdkError): string | undefined {
  const original: unknown = error.originalError
  if (typeof original !== 'object' || original === null || !('response' in original)) return undefined
  const response: unknown = original.response
  if (typeof response !== 'object' || response === null || !('data' in response)) return undefined
  const data: unknown = response.data
  if (typeof data !== 'object' || data === null || !('error_description' in data)) return undefined
  return typeof data.error_description === 'string' ? data.error_description : undefined
}

/** Errors worth retrying later by themselves (TanStack Query's retry and the approval poll use this). */
export function isTransient(error: AppError): boolean {
  return (
    error.kind === 'network' ||
    error.kind === 'rate-limited' ||
    (error.detail.kind === 'rest' && error.detail.status >= 500)
  )
}

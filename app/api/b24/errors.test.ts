import { AjaxError, SdkError } from '@bitrix24/b24jssdk'
import { AppError, isTransient, toAppError } from './errors.ts'

const ajax = (code: string, status: number, description = 'text') =>
  new AjaxError({ code, status, description })

test.each([
  ['METHOD_CONFIRM_WAITING', 401, 'approval-pending'],
  ['METHOD_CONFIRM_DENIED', 403, 'approval-denied'],
  ['ACCESS_DENIED', 403, 'access-denied'],
  ['insufficient_scope', 403, 'access-denied'],
  ['QUERY_LIMIT_EXCEEDED', 503, 'rate-limited'],
  ['OPERATION_TIME_LIMIT', 429, 'rate-limited'],
  ['expired_token', 401, 'auth'],
  ['NETWORK_ERROR', 0, 'network'],
  ['REQUEST_TIMEOUT', 408, 'network'],
  ['INTERNAL_SERVER_ERROR', 500, 'rest'],
  ['ERROR_METHOD_NOT_FOUND', 404, 'rest'],
] as const)('%s (HTTP %i) becomes %s', (code, status, kind) => {
  expect(toAppError(ajax(code, status)).kind).toBe(kind)
})

test('a batch command error keeps HTTP 200 and is still mapped by its code', () => {
  expect(toAppError(ajax('METHOD_CONFIRM_WAITING', 200)).kind).toBe('approval-pending')
})

test('an empty Bitrix24 code keeps the portal description (axios reports ERR_BAD_REQUEST)', () => {
  const error = new AjaxError({
    code: 'ERR_BAD_REQUEST',
    status: 400,
    description: 'Request failed with status code 400',
    originalError: { response: { data: { error: '', error_description: 'Parameter USER_ID is not set' } } },
  })
  const mapped = toAppError(error)
  expect(mapped.detail).toEqual({
    kind: 'rest',
    code: 'ERR_BAD_REQUEST',
    status: 400,
    description: 'Parameter USER_ID is not set',
  })
})

test('SdkError and unknown throwables end in the same union', () => {
  expect(toAppError(new SdkError({ code: 'JSSDK_X', status: 0, description: 'boom' })).detail).toMatchObject({
    kind: 'rest',
    code: 'JSSDK_X',
  })
  expect(toAppError('weird').detail).toMatchObject({ kind: 'rest', code: 'UNKNOWN', description: 'weird' })
  const already = new AppError({ kind: 'approval-denied' })
  expect(toAppError(already)).toBe(already)
})

test('only faults are transient, answers are not', () => {
  expect(isTransient(toAppError(ajax('QUERY_LIMIT_EXCEEDED', 503)))).toBe(true)
  expect(isTransient(toAppError(ajax('NETWORK_ERROR', 0)))).toBe(true)
  expect(isTransient(toAppError(ajax('INTERNAL_SERVER_ERROR', 500)))).toBe(true)
  expect(isTransient(toAppError(ajax('METHOD_CONFIRM_WAITING', 401)))).toBe(false)
  expect(isTransient(toAppError(ajax('ACCESS_DENIED', 403)))).toBe(false)
})

test('a wrapped SDK failure is judged by the original (refreshAuth never answered → auth)', () => {
  const original = new SdkError({
    code: 'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT',
    status: 408,
    description: 'no answer',
  })
  const wrapped = new AjaxError({
    code: 'JSSDK_UNKNOWN_ERROR',
    status: 0,
    description: 'no answer',
    originalError: original,
  })
  expect(toAppError(wrapped).detail).toEqual({ kind: 'auth', code: 'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT' })
})

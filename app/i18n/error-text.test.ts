import { AppError, fromRestError } from '@/api/b24/errors.ts'
import { createI18n } from './i18n.ts'
import { errorText } from './error-text.ts'

const { t } = createI18n()

test('a Bitrix24 error reads with its own description, never the code glued to it', () => {
  const error = fromRestError('ERROR_CORE', 'Extension is already in use', 400)
  expect(errorText(t, error)).toBe('Bitrix24 answered with an error: Extension is already in use')
})

test('an error with an empty code (a batch command) still says what Bitrix24 said', () => {
  const error = fromRestError('', "You are not allowed to modify user's settings", 200)
  expect(errorText(t, error)).toBe(
    "Bitrix24 answered with an error: You are not allowed to modify user's settings",
  )
})

test('without any description the code, then the HTTP status, stand in', () => {
  expect(errorText(t, fromRestError('WRONG', '', 400))).toBe('Bitrix24 answered with an error: WRONG')
  expect(errorText(t, fromRestError('', '', 502))).toBe('Bitrix24 answered with an error: HTTP 502')
})

test('every other kind reads as its own sentence', () => {
  expect(errorText(t, new AppError({ kind: 'approval-pending' }))).toMatch(/not yet approved/)
  expect(errorText(t, new AppError({ kind: 'frame-timeout', command: 'openPath' }))).toMatch(/did not answer/)
  expect(errorText(t, new AppError({ kind: 'network', code: 'NETWORK_ERROR' }))).toMatch(
    /could not be reached/,
  )
})

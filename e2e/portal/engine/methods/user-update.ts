import { restErrors } from '../errors.ts'
import { phpInt, upperKeys } from '../php.ts'
import type { PortalData } from '../types.ts'
import type { MethodContext, MethodHandler } from './context.ts'

/** The fields user.update changes here (others the portal does not model are accepted and ignored). */
const TEXT_FIELDS = ['NAME', 'LAST_NAME', 'SECOND_NAME', 'WORK_POSITION'] as const

/**
 * user.update (scope `user`) as Bitrix24's server code runs it:
 * an administrator may change anyone, an employee only themselves; the extension passes the telephony
 * module's checks (docs/bitrix24.md "user.update and the extension"). Answers `true`.
 */
export const userUpdate: MethodHandler = (raw, ctx) => {
  if (!ctx.settings.appScopes.includes('user')) throw restErrors.scopeResult()
  const params = upperKeys(raw)
  const id = phpInt(params.ID)
  // Both refusals are plain exceptions: ERROR_CORE with the text 'access_denied'.
  if (id <= 0) throw restErrors.core('access_denied')
  if (!ctx.caller?.isAdmin && id !== ctx.callerId) throw restErrors.core('access_denied')
  const extension =
    params.UF_PHONE_INNER === undefined ? undefined : checkExtension(params.UF_PHONE_INNER, id, ctx)
  const user = ctx.data.usersById.get(id)
  // CUser::Update runs its UPDATE without looking the id up first: no row changed is still `true`.
  if (!user) return { result: true }
  for (const field of TEXT_FIELDS) if (typeof params[field] === 'string') user.fields[field] = params[field]
  if (extension !== undefined) setExtension(ctx.data, id, extension)
  // prepareSaveData: anything but a falsy value or 'N' is 'Y'; only an administrator may change it. The
  // extension check runs only when UF_PHONE_INNER is sent, so bringing a user back can duplicate a number.
  if (params.ACTIVE !== undefined && ctx.caller?.isAdmin)
    user.fields.ACTIVE = Boolean(params.ACTIVE) && params.ACTIVE !== 'N' && params.ACTIVE !== '0'
  ctx.data.usersVersion++
  return { result: true }
}

/**
 * `CVoxImplantEvent` on user update: non-digits are stripped, 1 to 4 digits must remain, and no other
 * active user nor a telephony queue may hold the number (`getByInternalPhoneNumber`). The texts are the
 * messages' codes (the mirror holds no language files); `CUser::Update` appends a space to the exception's
 * text (docs/bitrix24.md "user.update and the extension").
 */
function checkExtension(value: unknown, id: number, ctx: MethodContext): string {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : ''
  if (text === '') return ''
  const digits = text.replace(/\D/g, '')
  if (digits.length === 0 || digits.length > 4) throw restErrors.core('ERROR_PHONE_INNER_2 ')
  // Only the first row of users-then-queues is read (no ORDER BY: the lowest id here): the user may keep a
  // number they share with someone after them.
  const holder = ctx.data.users.find((user) => user.fields.ACTIVE && user.fields.UF_PHONE_INNER === digits)
  const queue = ctx.data.queues.find((candidate) => candidate.phoneNumber === digits)
  if (holder ? holder.id !== id : queue) throw restErrors.core('ERROR_PHONE_INNER_IN_USAGE ')
  return digits
}

/** One stored extension: user.get's UF_PHONE_INNER and voximplant.user.get's INNER_NUMBER. */
function setExtension(data: PortalData, id: number, extension: string): void {
  const user = data.usersById.get(id)
  if (user) user.fields.UF_PHONE_INNER = extension
  const settings = data.voximplant.get(id)
  if (settings) settings.INNER_NUMBER = extension === '' ? null : extension
}

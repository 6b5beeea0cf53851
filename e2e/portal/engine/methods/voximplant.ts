import { restErrors } from '../errors.ts'
import { phpInt, phpTruthy, phpValues } from '../php.ts'
import type { MethodContext, MethodHandler } from './context.ts'
import { canManage, permittedIds } from './permissions.ts'

/**
 * voximplant.user.get (docs: api-reference/telephony/voximplant/users/voximplant-user-get.md):
 * ids the caller may not manage are dropped silently; ACCESS_DENIED only when none is left.
 * Administrator confirmation is checked before this runs (see execute.ts).
 */
export const voximplantUserGet: MethodHandler = (params, ctx) => {
  if (!phpTruthy(params.USER_ID)) throw restErrors.userIdNotSet()
  const asked = [...new Set(phpValues(params.USER_ID).map(phpInt))].filter((id) => id > 0)
  const allowed = permittedIds(asked, ctx)
  if (allowed.length === 0) throw restErrors.cannotQueryUsers()
  const result = allowed
    .sort((a, b) => a - b)
    .flatMap((id) => {
      const settings = ctx.data.voximplant.get(id)
      return settings ? [{ ID: String(id), ...settings }] : []
    })
  return { result }
}

/** docs: api-reference/telephony/voximplant/users/voximplant-user-activate-phone.md */
export const activatePhone: MethodHandler = (params, ctx) => {
  setPhone(targetUser(params, ctx), 'Y', ctx)
  return { result: 1 }
}

/**
 * Hidden from the docs menu as "does not work": in `broken` mode (Bitrix24 today) it answers 1 and
 * turns the phone on (docs: …/voximplant-user-deactivate-phone.md, bitrix24.md).
 */
export const deactivatePhone: MethodHandler = (params, ctx) => {
  setPhone(targetUser(params, ctx), ctx.settings.deactivateMode === 'working' ? 'N' : 'Y', ctx)
  return { result: 1 }
}

/** docs: api-reference/telephony/voximplant/lines/voximplant-line-get.md */
export const lineGet: MethodHandler = (_params, ctx) => {
  if (!ctx.settings.lineNamesReadable) throw restErrors.accessDenied()
  return { result: { ...ctx.data.lines } }
}

/** USER_ID goes through PHP's `(int)`: an array becomes user 1 (bitrix24.md "Traps"). */
function targetUser(params: Record<string, unknown>, ctx: MethodContext): number {
  // `empty()` first: a missing, empty or zero USER_ID is "not set".
  const id = phpTruthy(params.USER_ID) ? phpInt(params.USER_ID) : 0
  if (id <= 0) throw restErrors.userIdNotSet()
  if (!canManage(id, ctx)) throw restErrors.notAllowedToModify()
  return id
}

function setPhone(id: number, value: 'Y' | 'N', ctx: MethodContext): void {
  const settings = ctx.data.voximplant.get(id)
  if (settings) settings.PHONE_ENABLED = value
}

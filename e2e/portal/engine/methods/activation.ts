import { restErrors } from '../errors.ts'
import { phpInt } from '../php.ts'
import { createRandom, deriveSeed, randomHex } from '../random.ts'
import type { MethodContext, MethodHandler } from './context.ts'
import { canModify } from './permissions.ts'

/**
 * voximplant.user.activatePhone: always answers 1, also when the phone did not stay on (docs/bitrix24.md "activatePhone").
 */
export const activatePhone: MethodHandler = (params, ctx) => {
  setPhoneActive(targetUser(params, ctx), true, ctx)
  return { result: 1 }
}

/**
 * Hidden from the docs menu as "does not work": in `broken` mode (Bitrix24 today) it does what
 * activatePhone does (docs/bitrix24.md "activatePhone").
 */
export const deactivatePhone: MethodHandler = (params, ctx) => {
  setPhoneActive(targetUser(params, ctx), ctx.settings.deactivateMode !== 'working', ctx)
  return { result: 1 }
}

/** `USER_ID` by its exact name through PHP's `(int)`: an array becomes user 1, only 0 is "not set". */
function targetUser(params: Record<string, unknown>, ctx: MethodContext): number {
  const id = phpInt(params.USER_ID ?? null)
  if (id === 0) throw restErrors.userIdNotSet()
  if (!canModify(id, ctx)) throw restErrors.notAllowedToModify()
  return id
}

/**
 * `CVoxImplantUser::SetPhoneActive`: the phone is set, and when turned on the user's telephony account
 * is read (`GetUserInfo`); if that fails the phone goes back off. When it works and the SIP password
 * was missing, the account call creates one.
 */
function setPhoneActive(id: number, active: boolean, ctx: MethodContext): void {
  const settings = ctx.data.voximplant.get(id)
  if (!settings) return
  settings.PHONE_ENABLED = active ? 'Y' : 'N'
  if (!active) return
  if (accountFailure(id, ctx)) {
    settings.PHONE_ENABLED = 'N'
    return
  }
  if (settings.SIP_PASSWORD === null || settings.SIP_PASSWORD === '')
    settings.SIP_PASSWORD = randomHex(createRandom(deriveSeed(id, 0x5193)), 12)
}

/** Why `GetUserInfo` fails: portal e-mail not confirmed, user missing or dismissed, registration error. */
export function accountFailure(id: number, ctx: MethodContext): string | undefined {
  if (!ctx.settings.portalEmailConfirmed) return 'CONFIRMATION_ERROR'
  const user = ctx.data.usersById.get(id)
  if (!user?.fields.ACTIVE) return 'USER_NOT_FOUND'
  if (ctx.settings.registrationFailsFor.includes(id)) return 'REGISTRATION_ERROR'
  return undefined
}

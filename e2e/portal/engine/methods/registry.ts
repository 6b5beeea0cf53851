import { activatePhone, deactivatePhone } from './activation.ts'
import { appInfo, scope } from './app.ts'
import type { MethodHandler } from './context.ts'
import { departmentGet } from './department.ts'
import { statisticGet } from './statistic.ts'
import { userUpdate } from './user-update.ts'
import { profile, userAdmin, userCurrent, userGet } from './user.ts'
import { lineGet, voximplantUserGet } from './voximplant.ts'

export interface RestMethod {
  handler: MethodHandler
  /** The scopes that offer the method (any one will do); `null` for the global ones every app may call. */
  scopes: readonly string[] | null
}

const USER_SCOPES = ['user', 'user_brief', 'user_basic'] as const

/**
 * The REST methods of the local portal, by lower-cased name (method names are case-insensitive), with
 * the scopes their modules register them under (docs/bitrix24.md "Scopes").
 */
export const METHODS: ReadonlyMap<string, RestMethod> = new Map([
  ['user.get', { handler: userGet, scopes: USER_SCOPES }],
  ['user.current', { handler: userCurrent, scopes: USER_SCOPES }],
  // `user` or one of its alternative scopes (docs/bitrix24.md "Scopes"); the method checks `user` itself.
  ['user.update', { handler: userUpdate, scopes: ['user', 'user_brief', 'user_basic'] }],
  ['user.admin', { handler: userAdmin, scopes: null }],
  ['profile', { handler: profile, scopes: null }],
  ['app.info', { handler: appInfo, scopes: null }],
  ['scope', { handler: scope, scopes: null }],
  ['department.get', { handler: departmentGet, scopes: ['department'] }],
  ['voximplant.user.get', { handler: voximplantUserGet, scopes: ['telephony'] }],
  ['voximplant.user.activatephone', { handler: activatePhone, scopes: ['telephony'] }],
  ['voximplant.user.deactivatephone', { handler: deactivatePhone, scopes: ['telephony'] }],
  ['voximplant.line.get', { handler: lineGet, scopes: ['telephony'] }],
  ['voximplant.statistic.get', { handler: statisticGet, scopes: ['telephony'] }],
])

export function methodKey(method: string): string {
  return method.trim().toLowerCase()
}

import { appInfo, scope } from './app.ts'
import type { MethodHandler } from './context.ts'
import { departmentGet } from './department.ts'
import { profile, userAdmin, userCurrent, userGet } from './user.ts'
import { activatePhone, deactivatePhone, lineGet, voximplantUserGet } from './voximplant.ts'

/** The REST methods of the local portal, by lower-cased name (method names are case-insensitive). */
export const METHODS: ReadonlyMap<string, MethodHandler> = new Map([
  ['user.get', userGet],
  ['user.current', userCurrent],
  ['user.admin', userAdmin],
  ['profile', profile],
  ['app.info', appInfo],
  ['scope', scope],
  ['department.get', departmentGet],
  ['voximplant.user.get', voximplantUserGet],
  ['voximplant.user.activatephone', activatePhone],
  ['voximplant.user.deactivatephone', deactivatePhone],
  ['voximplant.line.get', lineGet],
])

export function methodKey(method: string): string {
  return method.trim().toLowerCase()
}

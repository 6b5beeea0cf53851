import { restErrors } from '../errors.ts'
import { htmlspecialcharsbx, phpCollection, phpInt, phpValues } from '../php.ts'
import type { MethodHandler } from './context.ts'
import { canReadLines, permittedIds } from './permissions.ts'

/**
 * voximplant.user.get, in the order of its server code (docs/bitrix24.md "voximplant.user.get"): `USER_ID` by its exact name and
 * "not set" only when absent or null; then the caller's rights (ids they may not manage are dropped,
 * none left is ACCESS_DENIED and nobody is notified); only then the administrator confirmation.
 */
export const voximplantUserGet: MethodHandler = (params, ctx) => {
  const raw = params.USER_ID
  if (raw === undefined || raw === null) throw restErrors.userIdNotSet()
  const asked = Array.isArray(raw) || typeof raw === 'object' ? phpValues(raw).map(phpInt) : [phpInt(raw)]
  const ids = permittedIds(asked, ctx)
  if (ids.length === 0) throw restErrors.cannotQueryUsers()
  ctx.requestConfirmation()
  const result = [...new Set(ids)]
    .sort((a, b) => a - b)
    .flatMap((id) => {
      const settings = ctx.data.voximplant.get(id)
      return settings ? [{ ID: String(id), ...settings }] : []
    })
  return { result }
}

/**
 * voximplant.line.get: names
 * HTML-escaped, no lines at all `[]` (docs/bitrix24.md "voximplant.line.get").
 */
export const lineGet: MethodHandler = (_params, ctx) => {
  if (!canReadLines(ctx)) throw restErrors.accessDenied()
  if (ctx.settings.noLines) return { result: [] }
  const entries = Object.entries(ctx.data.lines).map(([id, name]) => [id, htmlspecialcharsbx(name)] as const)
  return { result: phpCollection(entries) }
}

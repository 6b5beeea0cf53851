import { subtree } from '../seed-departments.ts'
import type { MethodContext } from './context.ts'

/**
 * The caller's telephony permission "User Settings — Modify" (bitrix24.md): `any` user, the users
 * of the caller's departments and everything below them, only the caller, or nobody.
 */
export function permittedIds(ids: readonly number[], ctx: MethodContext): number[] {
  switch (ctx.settings.permission) {
    case 'any':
      return [...ids]
    case 'own':
      return ids.filter((id) => id === ctx.callerId)
    case 'none':
      return []
    case 'department': {
      const scope = subtree(ctx.data.departments, ctx.caller?.fields.UF_DEPARTMENT ?? [])
      return ids.filter(
        (id) =>
          id === ctx.callerId ||
          (ctx.data.usersById.get(id)?.fields.UF_DEPARTMENT.some((d) => scope.has(d)) ?? false),
      )
    }
  }
}

/** Whether the caller may change this user's settings (an unknown user may not be changed). */
export function canManage(id: number, ctx: MethodContext): boolean {
  return ctx.data.usersById.has(id) && permittedIds([id], ctx).length === 1
}

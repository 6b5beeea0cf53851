import type { PermissionLevel } from '../../contract.ts'
import { subtree } from '../seed-departments.ts'
import type { MethodContext } from './context.ts'

type Caller = Pick<MethodContext, 'settings' | 'caller' | 'callerId' | 'data'>
type Level = Exclude<PermissionLevel, 'roles'>

/**
 * The caller's telephony permission "User Settings — Modify". With Bitrix24's default roles an
 * administrator holds `any` and every other employee `none`; another level stands for a role set up
 * for the caller (docs/bitrix24.md "Permissions").
 */
export function userModifyLevel(ctx: Caller): Level {
  const { permission } = ctx.settings
  if (permission !== 'roles') return permission
  return ctx.caller?.isAdmin ? 'any' : 'none'
}

/**
 * The users the caller may manage, or `null` for "no limit" (`any`): then ids are not checked at all,
 * not even whether such a user exists (docs/bitrix24.md "Permissions").
 */
export function manageableIds(ctx: Caller): ReadonlySet<number> | null {
  return idsAtLevel(userModifyLevel(ctx), ctx)
}

/**
 * The caller's "Call statistics — View". Under the default roles administrators hold `any` and every
 * other employee `own` (the "manager" role the whole company gets; docs/bitrix24.md
 * "voximplant.statistic.get").
 */
export function callStatisticsLevel(ctx: Caller): Level {
  const permission = ctx.settings.callStatisticsPermission
  if (permission !== 'roles') return permission
  return ctx.caller?.isAdmin ? 'any' : 'own'
}

/** `Security\Helper::getAllowedUserIds`: the users a level reaches, `null` for no limit. */
export function idsAtLevel(level: Level, ctx: Caller): ReadonlySet<number> | null {
  switch (level) {
    case 'any':
      return null
    case 'own':
      return new Set([ctx.callerId])
    case 'none':
      return new Set()
    case 'department': {
      const scope = subtree(ctx.data.departments, ctx.caller?.fields.UF_DEPARTMENT ?? [])
      const ids = new Set([ctx.callerId])
      for (const user of ctx.data.users)
        if (user.fields.UF_DEPARTMENT.some((d) => scope.has(d))) ids.add(user.id)
      return ids
    }
  }
}

/** `ids` the caller may manage, in their order (duplicates kept, as PHP's array_intersect does). */
export function permittedIds(ids: readonly number[], ctx: Caller): number[] {
  const allowed = manageableIds(ctx)
  return allowed === null ? [...ids] : ids.filter((id) => allowed.has(id))
}

/** `CVoxImplantUser::canModify`: with `any`, every id passes, even one of no user. */
export function canModify(id: number, ctx: Caller): boolean {
  const allowed = manageableIds(ctx)
  return allowed === null || allowed.has(id)
}

/** "Management of Numbers" (voximplant.line.get): administrators only under the default roles. */
export function canReadLines(ctx: Caller): boolean {
  if (!ctx.settings.lineNamesReadable) return false
  return ctx.settings.permission !== 'roles' || (ctx.caller?.isAdmin ?? false)
}

/** Who the confirmation request notifies: every administrator, or only the caller if the caller is one. */
export function notifiedAdmins(ctx: Caller): number[] {
  if (ctx.caller?.isAdmin) return [ctx.callerId]
  return ctx.data.users.filter((user) => user.isAdmin && user.fields.ACTIVE).map((user) => user.id)
}

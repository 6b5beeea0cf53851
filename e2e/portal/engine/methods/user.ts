import { RestError } from '../errors.ts'
import { phpArray, phpTruthy, phpValues, upperKeys } from '../php.ts'
import { photoUrl, RESIZE_PRESETS, type ResizePreset } from '../photo.ts'
import type { PortalData, PortalUser, RestUser } from '../types.ts'
import type { MethodAnswer, MethodContext, MethodHandler } from './context.ts'
import { offsetPage } from './paging.ts'
import { fieldsForScopes, userRow, type ShownField } from './user-fields.ts'
import { compileUserFilter } from './user-filter.ts'

/**
 * user.get as Bitrix24's server code runs it (docs/bitrix24.md
 * "user.get"): names upper-cased, a `FILTER` array replaces the whole query as the filter, `sort` only
 * with `order`, `select` by exact names, `start` an exact offset, photos resized on `IMAGE_RESIZE`.
 */
export const userGet: MethodHandler = (raw, ctx) => {
  const params = upperKeys(raw)
  const preset = resizePreset(params.IMAGE_RESIZE)
  const filterArray = phpArray(params.FILTER)
  const fullScope = ctx.settings.appScopes.includes('user')
  const { matches, hasId } = compileUserFilter(filterArray ? upperKeys(filterArray) : params, fullScope)
  const admin = ctx.caller?.isAdmin ?? false
  const seesExtranet = admin && (phpTruthy(params.ADMIN_MODE) || hasId)
  const listKey = JSON.stringify([filterArray ?? params, params.SORT, params.ORDER, seesExtranet, fullScope])
  const list = cachedList(ctx.data, listKey, () =>
    sortUsers(
      ctx.data.users.filter(
        (user) =>
          // E-mail users are never real users here; extranet ones only for an administrator who asks.
          user.fields.USER_TYPE !== 'email' &&
          (user.fields.USER_TYPE !== 'extranet' || seesExtranet) &&
          matches(user.fields),
      ),
      params.SORT,
      params.ORDER,
    ),
  )
  const { page, total, next } = offsetPage(list, ctx.start)
  const fields = selectedFields(params.SELECT, fieldsForScopes(ctx.settings.appScopes))
  const row = (user: PortalUser) =>
    userRow(user.fields, fields, {
      dates: 'orm',
      ...(preset === undefined
        ? {}
        : { photo: photoUrl(ctx.data.photoBaseUrl, user.id, preset, ctx.data.photoStyle) }),
    })
  const answer: MethodAnswer = { result: page.map(row) }
  if (next !== undefined) answer.next = next
  if (total !== undefined) answer.total = total
  return answer
}

/**
 * Filtered and sorted lists by query, while no user changes. Bitrix24 answers each page from its
 * database's indexes; filtering and sorting every user again for each of a batch's 50 pages would make
 * the local portal itself the slowest part of loading 20,000 employees.
 */
const listCache = new WeakMap<PortalData, { version: number; lists: Map<string, PortalUser[]> }>()
const MAX_CACHED_LISTS = 32

function cachedList(data: PortalData, key: string, build: () => PortalUser[]): PortalUser[] {
  let cache = listCache.get(data)
  if (cache?.version !== data.usersVersion) {
    cache = { version: data.usersVersion, lists: new Map() }
    listCache.set(data, cache)
  }
  let list = cache.lists.get(key)
  if (!list) {
    // Searches by name make one list each: keep the newest few.
    if (cache.lists.size >= MAX_CACHED_LISTS) cache.lists.clear()
    list = build()
    cache.lists.set(key, list)
  }
  return list
}

/** user.current: the caller with the scopes' fields; the photo is the original. */
export const userCurrent: MethodHandler = (_params, ctx) => ({
  result: userRow(callerOf(ctx).fields, fieldsForScopes(ctx.settings.appScopes), { dates: 'text' }),
})

/** `true`/`false` for the calling user. */
export const userAdmin: MethodHandler = (_params, ctx) => ({ result: ctx.caller?.isAdmin ?? false })

/** A dismissed caller gets `[]` (docs/bitrix24.md "user.current, profile, user.admin, app.info, scope"). */
export const profile: MethodHandler = (_params, ctx) => {
  const { fields, isAdmin } = callerOf(ctx)
  if (!fields.ACTIVE) return { result: [] }
  const result: Record<string, unknown> = {
    ID: fields.ID,
    ADMIN: isAdmin,
    NAME: fields.NAME,
    LAST_NAME: fields.LAST_NAME,
    PERSONAL_GENDER: fields.PERSONAL_GENDER,
    TIME_ZONE: fields.TIME_ZONE,
  }
  if (fields.PERSONAL_PHOTO !== '') result.PERSONAL_PHOTO = fields.PERSONAL_PHOTO
  return { result }
}

function callerOf(ctx: MethodContext): PortalUser {
  if (!ctx.caller) throw new RestError('ACCESS_DENIED', 'Access denied!', 403)
  return ctx.caller
}

function resizePreset(value: unknown): ResizePreset | undefined {
  return typeof value === 'string' && Object.hasOwn(RESIZE_PRESETS, value)
    ? (value as ResizePreset)
    : undefined
}

/** Fields the ORM can order by (any stored one, whatever the scope shows). */
const SORTABLE = new Set<string>(fieldsForScopes(['user']))

/** `[$sort => $order]` only when both are given; the field by its exact name; otherwise the table's order (ID). */
function sortUsers(users: PortalUser[], sort: unknown, order: unknown): PortalUser[] {
  if (!phpTruthy(sort) || !phpTruthy(order) || typeof sort !== 'string' || !SORTABLE.has(sort)) return users
  const desc = typeof order === 'string' && order.toUpperCase() === 'DESC'
  // The data is kept by ascending ID: the usual order needs no sort at 20,000 users.
  if (sort === 'ID') return desc ? users.reverse() : users
  const key = sort as keyof RestUser
  const sign = desc ? -1 : 1
  return users.sort((a, b) => {
    const left = String(a.fields[key])
    const right = String(b.fields[key])
    return left < right ? -sign : left > right ? sign : a.id - b.id
  })
}

/**
 * `select` as an array: the scope's fields it names, exactly (case counts), `*` for all and `UF_*` for
 * the UF fields; naming none of them gives rows with no fields. Anything else: all fields.
 */
function selectedFields(select: unknown, allowed: readonly ShownField[]): readonly ShownField[] {
  if (phpArray(select) === undefined) return allowed
  const names = new Set(phpValues(select).map(String))
  if (names.size === 0 || names.has('*')) return allowed
  return allowed.filter((field) => names.has(field) || (names.has('UF_*') && field.startsWith('UF_')))
}

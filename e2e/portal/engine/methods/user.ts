import { RestError } from '../errors.ts'
import { asciiUpper, isRecord, phpValues, upperKeys } from '../php.ts'
import type { PortalUser, RestUser } from '../types.ts'
import type { MethodAnswer, MethodContext, MethodHandler } from './context.ts'
import { paginate, sortSpec } from './paging.ts'
import { compileUserFilter, USER_FIELDS } from './user-filter.ts'

const NOT_FILTERS = new Set(['SORT', 'ORDER', 'START', 'SELECT', 'ADMIN_MODE', 'FILTER'])

/**
 * user.get (docs: api-reference/user/user-get.md): `FILTER`, or filter keys at the top level as in
 * the docs' examples; `sort`/`order`; `select`; 50 a page.
 */
export const userGet: MethodHandler = (params, ctx) => {
  const filter = isRecord(params.FILTER) ? upperKeys(params.FILTER) : topLevelFilter(params)
  const matches = compileUserFilter(filter)
  const found = ctx.data.users.filter((user) => matches(user.fields))
  const { page, total, next } = paginate(sortUsers(found, params.SORT, params.ORDER), params.START)
  const fields = selectedFields(params.SELECT)
  const answer: MethodAnswer = { result: page.map((user) => pickFields(user.fields, fields)) }
  if (next !== undefined) answer.next = next
  if (total !== undefined) answer.total = total
  return answer
}

export const userCurrent: MethodHandler = (_params, ctx) => ({ result: { ...callerOf(ctx).fields } })

/** `true`/`false` for the calling user (docs: api-reference/common/users/user-admin.md). */
export const userAdmin: MethodHandler = (_params, ctx) => ({ result: ctx.caller?.isAdmin ?? false })

/** docs: api-reference/common/users/profile.md */
export const profile: MethodHandler = (_params, ctx) => {
  const { fields, isAdmin } = callerOf(ctx)
  const result: Record<string, unknown> = {
    ID: fields.ID,
    ADMIN: isAdmin,
    NAME: fields.NAME,
    LAST_NAME: fields.LAST_NAME,
    PERSONAL_GENDER: fields.PERSONAL_GENDER,
  }
  if (fields.PERSONAL_PHOTO !== '') result.PERSONAL_PHOTO = fields.PERSONAL_PHOTO
  result.TIME_ZONE = ''
  return { result }
}

function callerOf(ctx: MethodContext): PortalUser {
  if (!ctx.caller) throw new RestError('ACCESS_DENIED', 'Access denied!', 403)
  return ctx.caller
}

function topLevelFilter(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([key]) => !NOT_FILTERS.has(key)))
}

function sortUsers(users: PortalUser[], sort: unknown, order: unknown): PortalUser[] {
  const { field, desc } = sortSpec(sort, order, USER_FIELDS)
  // The data is kept by ascending ID: the usual order needs no sort at 20,000 users.
  if (field === 'ID') return desc ? users.reverse() : users
  const key = field as keyof RestUser
  const sign = desc ? -1 : 1
  return users.sort((a, b) => {
    const left = String(a.fields[key])
    const right = String(b.fields[key])
    return left < right ? -sign : left > right ? sign : a.id - b.id
  })
}

/** Known names from `select`; none (or none known) means every field. */
function selectedFields(select: unknown): ReadonlyArray<keyof RestUser> {
  if (select === undefined || select === null) return USER_FIELDS
  const asked = new Set(phpValues(select).map((name) => asciiUpper(String(name))))
  const known = USER_FIELDS.filter((field) => asked.has(field))
  return known.length === 0 ? USER_FIELDS : known
}

function pickFields(user: RestUser, fields: ReadonlyArray<keyof RestUser>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const value = user[field]
    out[field] = Array.isArray(value) ? [...value] : value
  }
  return out
}

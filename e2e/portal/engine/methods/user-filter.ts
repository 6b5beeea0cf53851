import { asciiUpper, phpInt, phpValues } from '../php.ts'
import type { RestUser } from '../types.ts'

type Predicate = (user: RestUser) => boolean
type Op = '=' | '!' | '>' | '>=' | '<' | '<=' | '%' | '!%' | '=%' | '!=%'

/** user.get's filter prefixes (docs: api-reference/user/user-get.md); `@`/`!@` are IN/NOT IN. */
const PREFIX = /^(>=|<=|!=%|!%=|!@|!%|=%|%=|!=|>|<|%|@|!|=)?(.*)$/s
const ALIASES: Record<string, Op> = { '!=': '!', '@': '=', '!@': '!', '%=': '=%', '!%=': '!=%' }
/** Every field user.get returns; all are compared as text except ID, ACTIVE and UF_DEPARTMENT. */
export const USER_FIELDS: ReadonlyArray<keyof RestUser> = [
  'ID',
  'ACTIVE',
  'NAME',
  'LAST_NAME',
  'SECOND_NAME',
  'EMAIL',
  'LAST_LOGIN',
  'DATE_REGISTER',
  'IS_ONLINE',
  'PERSONAL_GENDER',
  'PERSONAL_PHOTO',
  'WORK_POSITION',
  'UF_DEPARTMENT',
  'UF_PHONE_INNER',
  'USER_TYPE',
]
const NOT_TEXT = new Set<string>(['ID', 'ACTIVE', 'UF_DEPARTMENT'])
const STRING_FIELDS = new Set<string>(USER_FIELDS.filter((field) => !NOT_TEXT.has(field)))

/** A predicate for user.get's filter; unknown fields are ignored, as the server does. */
export function compileUserFilter(filter: Record<string, unknown>): Predicate {
  const predicates: Predicate[] = []
  let typeAsked = false
  for (const [rawKey, value] of Object.entries(filter)) {
    const match = PREFIX.exec(asciiUpper(rawKey))
    const prefix = match?.[1] ?? '='
    const op: Op = ALIASES[prefix] ?? (prefix as Op)
    const field = match?.[2] ?? ''
    if (field === 'USER_TYPE') typeAsked = true
    const predicate = fieldPredicate(field, op, value)
    if (predicate) predicates.push(predicate)
  }
  // The method never lists e-mail users unless asked for them by type (docs: user-get.md, intro).
  if (!typeAsked) predicates.push((user) => user.USER_TYPE !== 'email')
  return (user) => predicates.every((predicate) => predicate(user))
}

function fieldPredicate(field: string, op: Op, value: unknown): Predicate | undefined {
  if (field === 'ID') return compare(op, value, (user) => Number(user.ID), Number)
  if (field === 'ACTIVE') {
    const wanted = activeValue(value)
    if (wanted === undefined) return undefined
    return (user) => (user.ACTIVE === wanted) !== (op === '!')
  }
  if (field === 'UF_DEPARTMENT') {
    const ids = new Set(phpValues(value).map(phpInt))
    const member: Predicate = (user) => user.UF_DEPARTMENT.some((id) => ids.has(id))
    return op === '!' ? (user) => !member(user) : member
  }
  if (field === 'FIND' || field === 'NAME_SEARCH') {
    const words = String(value).toLowerCase().split(/\s+/).filter(Boolean)
    return (user) => {
      const haystack = [user.NAME, user.LAST_NAME, user.SECOND_NAME].join(' ').toLowerCase()
      return words.every((word) => haystack.includes(word))
    }
  }
  if (STRING_FIELDS.has(field)) {
    const key = field as keyof RestUser
    return compare(
      op,
      value,
      (user) => String(user[key]).toLowerCase(),
      (v) => String(v).toLowerCase(),
    )
  }
  return undefined
}

/** ACTIVE: true/"true"/"Y"/1 keep active users, false/"false"/"N"/0 dismissed ones. */
function activeValue(value: unknown): boolean | undefined {
  const text = String(value).toUpperCase()
  if (['TRUE', 'Y', '1'].includes(text)) return true
  if (['FALSE', 'N', '0'].includes(text)) return false
  return undefined
}

function compare<T extends string | number>(
  op: Op,
  value: unknown,
  read: (user: RestUser) => T,
  cast: (value: unknown) => T,
): Predicate {
  const values = phpValues(value).map(cast)
  const first = values[0] ?? cast('')
  const patterns = values.map((v) => likePattern(String(v)))
  switch (op) {
    case '>':
      return (user) => read(user) > first
    case '>=':
      return (user) => read(user) >= first
    case '<':
      return (user) => read(user) < first
    case '<=':
      return (user) => read(user) <= first
    case '%':
      return (user) => values.some((v) => String(read(user)).includes(String(v)))
    case '!%':
      return (user) => !values.some((v) => String(read(user)).includes(String(v)))
    case '=%':
      return (user) => patterns.some((p) => p.test(String(read(user))))
    case '!=%':
      return (user) => !patterns.some((p) => p.test(String(read(user))))
    case '!':
      return (user) => !values.some((v) => equalOrLike(read(user), v))
    default:
      return (user) => values.some((v) => equalOrLike(read(user), v))
  }
}

/** A plain string value with `%` is a LIKE pattern (the docs' `{"NAME": "Iva%"}` example). */
function equalOrLike(actual: string | number, wanted: string | number): boolean {
  if (typeof wanted === 'string' && wanted.includes('%')) return likePattern(wanted).test(String(actual))
  return actual === wanted
}

function likePattern(pattern: string): RegExp {
  const source = pattern.split('%').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${source.join('.*')}$`, 's')
}

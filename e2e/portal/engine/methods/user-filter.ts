import { phpInt, phpTruthy, phpValues } from '../php.ts'
import type { RestUser } from '../types.ts'
import { nameSearchPredicate } from './name-search.ts'

type Predicate = (user: RestUser) => boolean

/**
 * user.get's filter keys, read as Bitrix24's server code does (docs/bitrix24.md "user.get"): one or
 * two non-word characters are the operator, the rest must be a field the scope allows (others are
 * dropped without a word), values are cast per field.
 */
const KEY = /^([^A-Za-z0-9_]{1,2})(.+)$/s
/** Text fields the filter compares; the scope's other fields are not modelled as filters. */
const TEXT_FIELDS = new Set([
  'NAME',
  'LAST_NAME',
  'SECOND_NAME',
  'WORK_POSITION',
  'PERSONAL_GENDER',
  'PERSONAL_CITY',
  'TIME_ZONE',
  'UF_PHONE_INNER',
  'USER_TYPE',
  'DATE_REGISTER',
  'EMAIL',
  'LAST_LOGIN',
])
/** Fields whose operator is dropped (NAME_SEARCH is a search, HAS_DEPARTAMENT a flag). */
const NO_OPERATOR = new Set(['NAME_SEARCH', 'HAS_DEPARTAMENT'])

export interface UserFilter {
  matches: Predicate
  /** Whether the filter names `ID` (an administrator then also sees extranet users). */
  hasId: boolean
}

/** `fullScope`: the app holds scope `user`, so EMAIL and LAST_LOGIN filter too. */
export function compileUserFilter(query: Record<string, unknown>, fullScope = false): UserFilter {
  const predicates: Predicate[] = []
  let hasId = false
  for (const [key, value] of Object.entries(query)) {
    const match = KEY.exec(key)
    let op = match?.[1] ?? ''
    const field = match?.[2] ?? key
    if (NO_OPERATOR.has(field)) op = ''
    else if (op === '' && (field === 'USER_TYPE' || field === 'ACTIVE')) op = '='
    if (field === 'ID' && op === '') hasId = true
    if (!fullScope && (field === 'EMAIL' || field === 'LAST_LOGIN')) continue
    const predicate = fieldPredicate(field, op, value)
    if (predicate) predicates.push(predicate)
  }
  return { matches: (user) => predicates.every((predicate) => predicate(user)), hasId }
}

function fieldPredicate(field: string, op: string, value: unknown): Predicate | undefined {
  if (field === 'ID') {
    const ids = phpValues(value).map(phpInt)
    return compare(op, ids, (user) => Number(user.ID))
  }
  if (field === 'ACTIVE' || field === 'IS_ONLINE') {
    // prepareUserValue: PHP truthiness, and "N" is no: "false" and "0.0" mean yes, "0" and "" no.
    const wanted = phpTruthy(value) && value !== 'N' ? 'Y' : 'N'
    const read = (user: RestUser) => (field === 'ACTIVE' ? (user.ACTIVE ? 'Y' : 'N') : user.IS_ONLINE)
    return negatable(op, (user) => read(user) === wanted)
  }
  if (field === 'UF_DEPARTMENT') {
    if (!phpTruthy(value)) return negatable(op, (user) => user.UF_DEPARTMENT.length === 0)
    const ids = new Set(phpValues(value).map(phpInt))
    return negatable(op, (user) => user.UF_DEPARTMENT.some((id) => ids.has(id)))
  }
  if (field === 'HAS_DEPARTAMENT') return value === 'Y' ? (user) => user.UF_DEPARTMENT.length > 0 : undefined
  if (field === 'NAME_SEARCH') return nameSearchPredicate(value)
  if (TEXT_FIELDS.has(field)) {
    const key = field as keyof RestUser
    const values = phpValues(value).map((v) => String(v).toLowerCase())
    return compare(op, values, (user) => String(user[key]).toLowerCase())
  }
  return undefined
}

function negatable(op: string, test: Predicate): Predicate | undefined {
  if (op === '' || op === '=') return test
  if (op === '!' || op === '!=') return (user) => !test(user)
  return undefined
}

function compare<T extends string | number>(
  op: string,
  values: T[],
  read: (user: RestUser) => T,
): Predicate | undefined {
  const first = values[0]
  const patterns = values.map((v) => likePattern(String(v)))
  const equal = (actual: T) => values.some((v) => equalOrLike(actual, v))
  switch (op) {
    case '>':
      return first === undefined ? undefined : (user) => read(user) > first
    case '>=':
      return first === undefined ? undefined : (user) => read(user) >= first
    case '<':
      return first === undefined ? undefined : (user) => read(user) < first
    case '<=':
      return first === undefined ? undefined : (user) => read(user) <= first
    case '%':
      return (user) => values.some((v) => String(read(user)).includes(String(v)))
    case '!%':
      return (user) => !values.some((v) => String(read(user)).includes(String(v)))
    case '=%':
    case '%=':
      return (user) => patterns.some((p) => p.test(String(read(user))))
    case '!':
    case '!=':
    case '!@':
      return (user) => !equal(read(user))
    case '':
    case '=':
    case '@':
      return (user) => equal(read(user))
    default:
      return undefined
  }
}

/** A plain string value with `%` is a LIKE pattern (the docs' `{"NAME": "Iva%"}` example). */
function equalOrLike<T extends string | number>(actual: T, wanted: T): boolean {
  if (typeof wanted === 'string' && wanted.includes('%')) return likePattern(wanted).test(String(actual))
  return actual === wanted
}

export function likePattern(pattern: string): RegExp {
  const source = pattern.split('%').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${source.join('.*')}$`, 'si')
}

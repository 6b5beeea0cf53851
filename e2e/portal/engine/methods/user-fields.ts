import type { RestUser } from '../types.ts'

/**
 * The fields scope `user_brief` gives user.get and user.current, in the server's order: no EMAIL, no
 * LAST_LOGIN (docs/bitrix24.md "Scope user_brief"). The portal models this subset of them.
 */
export const USER_BRIEF_FIELDS = [
  'ID',
  'ACTIVE',
  'NAME',
  'LAST_NAME',
  'SECOND_NAME',
  'IS_ONLINE',
  'TIME_ZONE',
  'TIMESTAMP_X',
  'DATE_REGISTER',
  'PERSONAL_GENDER',
  'PERSONAL_BIRTHDAY',
  'PERSONAL_PHOTO',
  'PERSONAL_CITY',
  'WORK_POSITION',
  'LAST_ACTIVITY_DATE',
  'UF_EMPLOYMENT_DATE',
  'UF_DEPARTMENT',
  'UF_PHONE_INNER',
  'USER_TYPE',
] as const satisfies ReadonlyArray<keyof RestUser>

/** With scope `user`, every field, EMAIL and LAST_LOGIN included, in that scope's order. */
export const USER_FIELDS = [
  'ID',
  'ACTIVE',
  'NAME',
  'LAST_NAME',
  'SECOND_NAME',
  'EMAIL',
  'LAST_LOGIN',
  'DATE_REGISTER',
  'TIME_ZONE',
  'IS_ONLINE',
  'TIMESTAMP_X',
  'LAST_ACTIVITY_DATE',
  'PERSONAL_GENDER',
  'PERSONAL_BIRTHDAY',
  'PERSONAL_PHOTO',
  'PERSONAL_CITY',
  'WORK_POSITION',
  'UF_EMPLOYMENT_DATE',
  'UF_DEPARTMENT',
  'UF_PHONE_INNER',
  'USER_TYPE',
] as const satisfies ReadonlyArray<keyof RestUser>

export type ShownField = (typeof USER_FIELDS)[number]

/** The fields the app's scopes let user.get and user.current show. */
export function fieldsForScopes(scopes: readonly string[]): readonly ShownField[] {
  return scopes.includes('user') ? USER_FIELDS : USER_BRIEF_FIELDS
}

/** Stored as '' here, NULL in Bitrix24: such a field is left out of the answer. */
const NULL_WHEN_EMPTY = new Set<ShownField>(['PERSONAL_PHOTO', 'UF_PHONE_INNER'])

export interface RowOptions {
  /** Replaces the stored original's URL (user.get's IMAGE_RESIZE). */
  photo?: string
  /**
   * How untouched date-times print: user.get reads through the ORM, whose date objects JSON-encode as
   * `{}`; user.current through the old API, as text (the docs' examples of each).
   */
  dates: 'orm' | 'text'
}

/** One user as the REST answer shows it: only `fields`, in the server's order, NULLs left out; no field at all is `[]`. */
export function userRow(
  user: RestUser,
  fields: readonly ShownField[],
  options: RowOptions,
): Record<string, unknown> | never[] {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const value = field === 'PERSONAL_PHOTO' ? (options.photo ?? user.PERSONAL_PHOTO) : user[field]
    if (value === null || (value === '' && NULL_WHEN_EMPTY.has(field))) continue
    if (field === 'TIMESTAMP_X' || field === 'LAST_ACTIVITY_DATE')
      out[field] = options.dates === 'orm' ? {} : printDate(field, String(value))
    else out[field] = Array.isArray(value) ? [...value] : value
  }
  return Object.keys(out).length === 0 ? [] : out
}

/** TIMESTAMP_X in the site's format (`24.08.2023 13:19:39`), LAST_ACTIVITY_DATE as stored. */
function printDate(field: 'TIMESTAMP_X' | 'LAST_ACTIVITY_DATE', stored: string): string {
  if (field === 'LAST_ACTIVITY_DATE') return stored
  const [date = '', time = ''] = stored.split(' ')
  const [year, month, day] = date.split('-')
  return `${day}.${month}.${year} ${time}`
}

import * as v from 'valibot'

// REST answers as Bitrix24 sends them, validated at the edge; a field of an unexpected type becomes null instead of breaking a row.
const text = v.fallback(v.nullish(v.union([v.string(), v.number()])), null)
const id = v.union([v.pipe(v.string(), v.regex(/^\d+$/)), v.pipe(v.number(), v.safeInteger(), v.minValue(1))])

export const RestUser = v.object({
  ID: id,
  NAME: text,
  LAST_NAME: text,
  SECOND_NAME: text,
  PERSONAL_PHOTO: text,
  WORK_POSITION: text,
  UF_PHONE_INNER: text,
  EMAIL: text,
  UF_DEPARTMENT: v.fallback(v.nullish(v.array(v.union([v.string(), v.number()]))), null),
})
export type RestUser = v.InferOutput<typeof RestUser>

export const RestDepartment = v.object({ ID: id, NAME: text, PARENT: text })
export type RestDepartment = v.InferOutput<typeof RestDepartment>

export const RestSipSettings = v.object({
  ID: id,
  DEFAULT_LINE: text,
  PHONE_ENABLED: text,
  SIP_SERVER: text,
  SIP_LOGIN: text,
  SIP_PASSWORD: text,
  INNER_NUMBER: text,
})
export type RestSipSettings = v.InferOutput<typeof RestSipSettings>

/** `{LINE_ID: NAME}`; a portal without lines answers `[]` (a PHP empty array), which means none. */
export const RestLineNames = v.union([
  v.pipe(
    v.array(v.never()),
    v.transform((): Record<string, string> => ({})),
  ),
  // A PHP array with keys arrives as a JSON object; a JSON array here is not a map of names.
  v.pipe(
    v.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)),
    v.record(v.string(), v.fallback(v.string(), '')),
  ),
])

/** Rows of a list answer that pass the schema; the rest are counted, not silently lost. */
export function parseRows<T>(
  schema: v.GenericSchema<unknown, T>,
  result: unknown,
): { rows: T[]; rejected: number } {
  const items: unknown[] = Array.isArray(result)
    ? result
    : typeof result === 'object' && result !== null
      ? Object.values(result) // PHP arrays with holes arrive as objects
      : []
  const rows: T[] = []
  for (const item of items) {
    const parsed = v.safeParse(schema, item)
    if (parsed.success) rows.push(parsed.output)
  }
  return { rows, rejected: items.length - rows.length }
}

/** The user.get fields the screen shows: the directory's pages and the re-read after a change ask the same. */
export const USER_SELECT = [
  'ID',
  'NAME',
  'LAST_NAME',
  'SECOND_NAME',
  'PERSONAL_PHOTO',
  'WORK_POSITION',
  'UF_DEPARTMENT',
  'UF_PHONE_INNER',
  // Answered only with the scope `user` (the one extension editing needs), for the import's matching.
  'EMAIL',
]

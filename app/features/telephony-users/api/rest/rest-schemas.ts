import { z } from 'zod/mini'

// REST answers as Bitrix24 sends them, validated at the edge; a field of an unexpected type becomes null instead of breaking a row.
const text = z.catch(z.nullish(z.union([z.string(), z.number()])), null)
const id = z.union([z.string().check(z.regex(/^\d+$/)), z.int().check(z.positive())])

export const RestUser = z.object({
  ID: id,
  NAME: text,
  LAST_NAME: text,
  SECOND_NAME: text,
  PERSONAL_PHOTO: text,
  WORK_POSITION: text,
  UF_PHONE_INNER: text,
  EMAIL: text,
  UF_DEPARTMENT: z.catch(z.nullish(z.array(z.union([z.string(), z.number()]))), null),
})
export type RestUser = z.infer<typeof RestUser>

export const RestDepartment = z.object({ ID: id, NAME: text, PARENT: text })
export type RestDepartment = z.infer<typeof RestDepartment>

export const RestSipSettings = z.object({
  ID: id,
  DEFAULT_LINE: text,
  PHONE_ENABLED: text,
  SIP_SERVER: text,
  SIP_LOGIN: text,
  SIP_PASSWORD: text,
  INNER_NUMBER: text,
})
export type RestSipSettings = z.infer<typeof RestSipSettings>

/** `{LINE_ID: NAME}`; a portal without lines answers `[]` (a PHP empty array), which means none. */
export const RestLineNames = z.union([
  z.record(z.string(), z.catch(z.string(), '')),
  z.pipe(
    z.array(z.never()).check(z.maxLength(0)),
    z.transform((): Record<string, string> => ({})),
  ),
])

/** Rows of a list answer that pass the schema; the rest are counted, not silently lost. */
export function parseRows<T>(schema: z.ZodMiniType<T>, result: unknown): { rows: T[]; rejected: number } {
  const items: unknown[] = Array.isArray(result)
    ? result
    : typeof result === 'object' && result !== null
      ? Object.values(result) // PHP arrays with holes arrive as objects
      : []
  const rows: T[] = []
  for (const item of items) {
    const parsed = schema.safeParse(item)
    if (parsed.success) rows.push(parsed.data)
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

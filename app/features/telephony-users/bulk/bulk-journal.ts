import * as v from 'valibot'

/**
 * A bulk change in progress, kept in the user's app options so a closed or reloaded page can say
 * what was not sent. Ids are stored as ranges ("1-50,52,60-70"); past a size the ids are dropped and
 * only the count is kept (the notice still says how many; resuming then needs a new selection).
 */
export interface BulkJournal {
  on: boolean
  total: number
  pendingCount: number
  /** Null when the list was too long to keep. */
  pending: number[] | null
}

export const JOURNAL_OPTION = 'telephonyUsersBulk'
/**
 * Bitrix24 keeps a user option in a cookie for ~5 s before it is saved, double URL-encoded, and a
 * browser drops a cookie past 4096 bytes: a longer list would be lost on a reload in that window
 * (docs/bitrix24.md "User options are saved later"). 800 characters stay under half of it.
 */
const MAX_IDS_TEXT = 800

export function encodeIds(ids: readonly number[]): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b)
  const parts: string[] = []
  let start: number | undefined
  let end = 0
  for (const id of sorted) {
    if (start !== undefined && id === end + 1) {
      end = id
      continue
    }
    if (start !== undefined) parts.push(start === end ? `${start}` : `${start}-${end}`)
    start = id
    end = id
  }
  if (start !== undefined) parts.push(start === end ? `${start}` : `${start}-${end}`)
  return parts.join(',')
}

export function decodeIds(text: string): number[] {
  if (text === '') return []
  return text.split(',').flatMap((part) => {
    const [from, to] = part.split('-').map(Number)
    if (!Number.isInteger(from) || from === undefined || from < 1) return []
    const last = to === undefined ? from : to
    if (!Number.isInteger(last) || last < from || last - from > 100_000) return []
    return Array.from({ length: last - from + 1 }, (_, k) => from + k)
  })
}

export function writeJournal(on: boolean, total: number, pending: readonly number[]): string {
  const ids = encodeIds(pending)
  return JSON.stringify({
    on,
    total,
    pendingCount: pending.length,
    ids: ids.length <= MAX_IDS_TEXT ? ids : null,
  })
}

const Stored = v.object({
  on: v.boolean(),
  total: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  pendingCount: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  ids: v.nullable(v.string()),
})

export function readJournal(text: string | undefined): BulkJournal | null {
  if (!text) return null
  try {
    const parsed = v.safeParse(Stored, JSON.parse(text))
    if (!parsed.success) return null
    const { on, total, pendingCount, ids } = parsed.output
    return { on, total, pendingCount, pending: ids === null ? null : decodeIds(ids) }
  } catch {
    return null
  }
}

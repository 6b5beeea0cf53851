import type { B24Client } from '@/api/b24/client.ts'
import { AppError } from '@/api/b24/errors.ts'
import type { SearchHits } from '../model/types.ts'
import { emptySipTable } from '../model/merge-sip.ts'
import { finishSipRead } from './get-sip-settings.ts'
import { readSipOutcome } from './read-sip-chunks.ts'
import { parseRows, RestUser, USER_SELECT } from './rest/rest-schemas.ts'
import { toEmployee } from './rest/to-view-model.ts'

/** Bitrix24 drops shorter words from a name search, and a search of none answers everyone. */
const MIN_WORD = 3
/** An extension has 1 to 4 digits (docs/bitrix24.md "user.update and the extension"). */
const MAX_EXTENSION_DIGITS = 4

export type SearchFilter = { NAME_SEARCH: string } | { UF_PHONE_INNER: string }

/**
 * What to ask Bitrix24 for a search box's text (docs/bitrix24.md "user.get search filters"): digits
 * are an extension's start, as the table's own search reads them; words of three characters or more
 * are a name search (every word must start a word of the name). Null when Bitrix24 could not narrow
 * the list: the table's own search is all there is then.
 */
export function searchFilter(query: string): SearchFilter | null {
  const text = query.trim()
  if (/^\d+$/.test(text)) return text.length <= MAX_EXTENSION_DIGITS ? { UF_PHONE_INNER: `${text}%` } : null
  // Split as Bitrix24 splits (any character but a letter, a digit or `_`).
  const words = text.split(/[^\p{L}\d_]+/u).filter((word) => [...word].length >= MIN_WORD)
  return words.length > 0 ? { NAME_SEARCH: words.join(' ') } : null
}

/** user.get answers 50 rows a page (docs/bitrix24.md "user.get"). */
const PAGE = 50

/**
 * The SIP read of the search's hits, in the same batch: each of the page's rows by a reference
 * (docs/bitrix24.md "Batch"). A reference inside text that reaches nothing stays text, which
 * voximplant.user.get's `intval` reads as 0, nobody; the leading 0 makes each one such text (a whole
 * reference past the hits' end would be the whole list, read as user 1), and "0117" is 117.
 */
const HIT_SIP_IDS = Array.from({ length: PAGE }, (_, index) => `0$result[hits][${index}][ID]`)

/**
 * One page of matching active employees (as the directory asks for them) and their SIP settings, in
 * one request: the search's user.get, then in the same batch voximplant.user.get of its rows. Sent by
 * the client directly, not through the load pool: the user is waiting for it, and it must not queue
 * behind the list's batches (the SDK still paces it inside the portal's bucket); the list's pages not
 * yet sent wait for it (`searches-first.ts`). Hits Bitrix24 did not answer for are asked again as the
 * list's read asks (`finishSipRead`); a failed SIP read leaves the hits with `sipError`.
 */
export async function searchDirectory(
  client: B24Client,
  filter: SearchFilter,
  signal?: AbortSignal,
): Promise<SearchHits> {
  const { hits, sip } = await client.batch(
    {
      hits: {
        method: 'user.get',
        params: {
          FILTER: { ACTIVE: true, USER_TYPE: 'employee', ...filter },
          select: USER_SELECT,
          IMAGE_RESIZE: 'small',
          start: 0,
        },
      },
      sip: { method: 'voximplant.user.get', params: { USER_ID: HIT_SIP_IDS } },
    },
    { signal },
  )
  if (!hits) throw missing('user.get')
  if (!hits.ok) throw hits.error
  const employees = parseRows(RestUser, hits.result).rows.map(toEmployee)
  const more = hits.total !== undefined && hits.total > employees.length
  if (employees.length === 0 || signal?.aborted) return { employees, more, sip: null, sipError: null }
  const ids = employees.map((employee) => employee.id)
  const table = emptySipTable(client.session())
  try {
    const read = readSipOutcome(sip ?? { ok: false, error: missing('voximplant.user.get') }, ids, table)
    const { error } = await finishSipRead(client, ids, table, read)
    return { employees, more, sip: table, sipError: error ?? null }
  } catch (error) {
    // Approval pending or denied is thrown by the read: the hits still show, as the table does then.
    if (error instanceof AppError) return { employees, more, sip: null, sipError: error }
    throw error
  }
}

const missing = (method: string) =>
  new AppError({ kind: 'invalid-answer', description: `${method} missing from batch` })

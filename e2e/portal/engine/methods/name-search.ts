import type { RestUser } from '../types.ts'

/**
 * `NAME_SEARCH` (and `FIND` in user.search) as Bitrix24 runs it with its full-text index
 * (docs/bitrix24.md "user.get search filters"): the user's index holds the ID (zero-padded to three
 * digits) and ROT13 of "NAME LAST_NAME WORK_POSITION" (no second name); the query is ROT13'd (or
 * zero-padded when it is all digits), split into words, words under three characters dropped, and
 * every word left must start a word of the index (`+word*` in boolean mode), compared as MySQL's
 * collation compares: case and accents folded, after ROT13, so an accent must be typed as stored.
 */
const MIN_TOKEN_SIZE = 3
/** Characters Bitrix24 blanks before indexing (`UserTable::generateSearchUserContent`). */
const CLEARED = /[()[\]{}<>\-#"']/g
/** `Filter\Helper::splitWords`: any character that is not a letter, a digit or `_` separates words. */
const SEPARATOR = /[^\p{L}\d_]/u
/** MySQL's full-text parser splits the index on non-word characters too. */
const INDEX_SEPARATOR = /[^\p{L}\p{N}_]+/u

const rot13 = (text: string) =>
  text.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base)
  })

const padInteger = (digits: string) => String(Number.parseInt(digits, 10)).padStart(MIN_TOKEN_SIZE, '0')

/** utf8mb4_unicode_ci compares without case and accents (_unverified_ for the cloud's tables). */
const collate = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** The words a query must find, or undefined when Bitrix24 adds no condition at all (everyone matches). */
export function nameSearchWords(value: unknown): string[] | undefined {
  const find = String(value ?? '').trim()
  const integer = /^\d+$/.test(find)
  const token = integer ? padInteger(find) : rot13(find)
  // Content::canUseFulltextSearch(TYPE_MIXED): an integer, or three characters in all.
  if (!integer && [...token].length < MIN_TOKEN_SIZE) return undefined
  const words = [...new Set(token.split(SEPARATOR).filter((word) => word !== ''))].filter(
    (word) => [...word].length >= MIN_TOKEN_SIZE,
  )
  // No word left: matchAgainstWildcard() is empty and the filter adds no condition.
  return words.length === 0 ? undefined : words.map(collate)
}

/**
 * The words of the user's `SEARCH_USER_CONTENT`, as the full-text index holds them. Built per query
 * (user.update changes fields in place); user.get keeps each query's filtered list.
 */
function indexWords(user: RestUser): string[] {
  const text = [user.NAME, user.LAST_NAME, user.WORK_POSITION].join(' ').replace(CLEARED, ' ')
  const id = /^\d+$/.test(user.ID) ? [padInteger(user.ID)] : []
  return [...id, ...rot13(text).split(INDEX_SEPARATOR)]
    .filter((word) => [...word].length >= MIN_TOKEN_SIZE)
    .map(collate)
}

export function nameSearchPredicate(value: unknown): ((user: RestUser) => boolean) | undefined {
  const wanted = nameSearchWords(value)
  if (!wanted) return undefined
  return (user) => {
    const words = indexWords(user)
    return wanted.every((prefix) => words.some((word) => word.startsWith(prefix)))
  }
}

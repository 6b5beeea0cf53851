export const PAGE_SIZE = 50

export interface Page<T> {
  page: T[]
  total?: number
  next?: number
}

/**
 * ORM list paging (user.get): 50 rows from `start` exactly; `next` while more remain; no `total` on an
 * empty page; `start: -1` skips the count (`total: 0`, no `next`), another negative one counts but
 * starts at 0 (docs/bitrix24.md "Paging").
 */
export function offsetPage<T>(items: readonly T[], start: number): Page<T> {
  const offset = Math.max(0, start)
  const page = items.slice(offset, offset + PAGE_SIZE)
  if (page.length === 0) return { page }
  if (start === -1) return { page, total: 0 }
  const next = offset + page.length
  return next < items.length ? { page, next, total: items.length } : { page, total: items.length }
}

/**
 * Old-API list paging (department.get): `start` picks page `start / 50 + 1`; a page past the end
 * gives the first page again; `total` always; a negative `start` reads 50 rows uncounted (`total: 0`).
 */
export function numberedPage<T>(items: readonly T[], start: number): Page<T> {
  if (start < 0) return { page: items.slice(0, PAGE_SIZE), total: 0 }
  const pages = Math.ceil(items.length / PAGE_SIZE)
  const asked = Math.floor(start / PAGE_SIZE) + 1
  const number = asked <= pages ? asked : 1
  const page = items.slice((number - 1) * PAGE_SIZE, number * PAGE_SIZE)
  return number < pages
    ? { page, next: number * PAGE_SIZE, total: items.length }
    : { page, total: items.length }
}

import { phpInt } from '../php.ts'

export const PAGE_SIZE = 50

export interface Page<T> {
  page: T[]
  total?: number
  next?: number
}

/**
 * Bitrix24 list paging: 50 a page whatever is asked; `start` is rounded down to a page; `next` while
 * more remain; `start: -1` skips the count (`total: 0`, no `next`); an empty page has no `total`
 * (docs: settings/performance/huge-data.md, bitrix24.md "Traps").
 */
export function paginate<T>(items: readonly T[], startParam: unknown): Page<T> {
  const start = phpInt(startParam)
  if (start < 0) {
    const page = items.slice(0, PAGE_SIZE)
    return page.length === 0 ? { page } : { page, total: 0 }
  }
  const offset = Math.floor(start / PAGE_SIZE) * PAGE_SIZE
  const page = items.slice(offset, offset + PAGE_SIZE)
  if (page.length === 0) return { page }
  const next = offset + PAGE_SIZE
  return next < items.length ? { page, next, total: items.length } : { page, total: items.length }
}

/** `sort`/`order` as strings (`sort: 'NAME', order: 'DESC'`) or one `order: {NAME: 'DESC'}` object. */
export function sortSpec(
  sort: unknown,
  order: unknown,
  fields: readonly string[],
): { field: string; desc: boolean } {
  let field = typeof sort === 'string' ? sort.toUpperCase() : 'ID'
  let direction = typeof order === 'string' ? order : 'ASC'
  if (order !== null && typeof order === 'object' && !Array.isArray(order)) {
    const [first] = Object.entries(order)
    if (first) {
      field = first[0].toUpperCase()
      direction = typeof first[1] === 'string' ? first[1] : 'ASC'
    }
  }
  return { field: fields.includes(field) ? field : 'ID', desc: direction.toUpperCase() === 'DESC' }
}

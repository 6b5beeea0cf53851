import { restErrors } from '../errors.ts'
import { upperKeys } from '../php.ts'
import type { StoredCall } from '../types.ts'
import type { MethodHandler } from './context.ts'
import { PAGE_SIZE } from './paging.ts'
import { callStatisticsLevel, idsAtLevel } from './permissions.ts'
import { dbRow, dbValue, restRow } from './statistic-row.ts'
import { checkStatisticFilter, entityField, meets, type Condition, type DbValue } from './statistic-filter.ts'

/**
 * voximplant.statistic.get in the order of its server code (docs/bitrix24.md "voximplant.statistic.get"):
 * the right "Call statistics — View" or ACCESS_DENIED; SORT and ORDER only as strings and only
 * together; the filter cleaned (unknown keys dropped silently); then the filter **narrowed** to the
 * users the caller may see, without a word; 50 rows from `start`, `total` and `next`.
 */
export const statisticGet: MethodHandler = (rawParams, ctx) => {
  const level = callStatisticsLevel(ctx)
  if (level === 'none') throw restErrors.accessDenied()
  const params = upperKeys(rawParams)
  const conditions = [...checkStatisticFilter(params.FILTER).values()]
  const allowed = visibleUsers(level, ctx)
  if (allowed !== null)
    conditions.push({ operation: '=', field: 'PORTAL_USER_ID', value: [...allowed] } satisfies Condition)

  const now = Math.floor(ctx.now / 1000) * 1000
  // Fields are read one by one, not as whole rows: a batch of 50 such commands scans the table 50 times.
  const rows = ctx.data.calls.filter((call) =>
    conditions.every((c) => meets((f) => dbValue(call, f, now), c)),
  )
  const sorted = sortRows(rows, params.SORT, params.ORDER, now)

  // IRestService::getNavData/setNavData with an ORM query: a negative start is not counted.
  const counted = ctx.start >= 0
  const offset = counted ? ctx.start : 0
  const page = sorted.slice(offset, offset + PAGE_SIZE)
  const total = counted ? rows.length : 0
  const next = offset + page.length < total ? offset + page.length : undefined
  return {
    result: page.map((call) => restRow(dbRow(call, now))),
    total,
    ...(next === undefined ? {} : { next }),
  }
}

/**
 * `getAllowedUserIds` for call details: `department` reaches the caller's **active** colleagues in their
 * departments and below (`getDepartmentColleagues(…, true)` with its default `onlyActive`), so a
 * dismissed colleague's calls disappear from a department head's view.
 */
function visibleUsers(level: ReturnType<typeof callStatisticsLevel>, ctx: Parameters<MethodHandler>[1]) {
  const ids = idsAtLevel(level, ctx)
  if (ids === null || level !== 'department') return ids
  return new Set([...ids].filter((id) => id === ctx.callerId || ctx.data.usersById.get(id)?.fields.ACTIVE))
}

/** `filterSortParam`/`filterOrderParam`: a field of the entity (any case) and exactly `ASC` or `DESC`. */
function sortRows(rows: StoredCall[], sort: unknown, order: unknown, now: number): StoredCall[] {
  const field = typeof sort === 'string' ? entityField(sort.trim()) : undefined
  const direction = typeof order === 'string' ? order.trim() : ''
  // Without both, no ORDER BY: rows in the table's order (by ID). Ties keep that order too.
  if (field === undefined || (direction !== 'ASC' && direction !== 'DESC')) return rows
  const sign = direction === 'ASC' ? 1 : -1
  return [...rows].sort((a, b) => sign * compareDb(dbValue(a, field, now), dbValue(b, field, now)))
}

/** MySQL's order: NULL first ascending, numbers as numbers, text case-blind. */
function compareDb(a: DbValue, b: DbValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const numeric = Number(a) - Number(b)
  if (!Number.isNaN(numeric) && String(a).trim() !== '' && String(b).trim() !== '') return numeric
  return String(a).toLowerCase().localeCompare(String(b).toLowerCase())
}

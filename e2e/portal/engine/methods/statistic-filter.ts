import { asciiUpper, isRecord } from '../php.ts'

/** A value as the database row holds it: integers and strings as fetched, the start as ms. */
export type DbValue = string | number | null

/** StatisticTable's scalar fields and how the database compares them (docs/bitrix24.md "voximplant.statistic.get"). */
export const FIELD_KINDS: Readonly<Record<string, 'int' | 'float' | 'string' | 'date'>> = {
  ID: 'int',
  ACCOUNT_ID: 'int',
  APPLICATION_ID: 'int',
  APPLICATION_NAME: 'string',
  PORTAL_USER_ID: 'int',
  PORTAL_NUMBER: 'string',
  PHONE_NUMBER: 'string',
  INCOMING: 'string',
  CALL_ID: 'string',
  EXTERNAL_CALL_ID: 'string',
  CALL_CATEGORY: 'string',
  CALL_LOG: 'string',
  CALL_DIRECTION: 'string',
  CALL_DURATION: 'int',
  CALL_START_DATE: 'date',
  CALL_STATUS: 'int',
  CALL_RECORD_ID: 'int',
  CALL_RECORD_URL: 'string',
  CALL_WEBDAV_ID: 'int',
  CALL_VOTE: 'int',
  COST: 'float',
  COST_CURRENCY: 'string',
  CALL_FAILED_CODE: 'string',
  CALL_FAILED_REASON: 'string',
  CRM_ENTITY_TYPE: 'string',
  CRM_ENTITY_ID: 'int',
  CRM_ACTIVITY_ID: 'int',
  REST_APP_ID: 'int',
  REST_APP_NAME: 'string',
  TRANSCRIPT_ID: 'int',
  TRANSCRIPT_PENDING: 'string',
  SESSION_ID: 'int',
  REDIAL_ATTEMPT: 'int',
  COMMENT: 'string',
  RECORD_DURATION: 'int',
}

/** `CVoxImplantRestService::$allowedFilterOperations`. */
const OPERATIONS = new Set(['', '!', '<', '<=', '>', '>=', '><', '!><', '?', '=', '!=', '%', '!%'])

export interface Condition {
  operation: string
  field: string
  value: unknown
}

/** The field's name as `hasField` knows it (case-insensitive), or undefined. */
export function entityField(name: string): string | undefined {
  const upper = asciiUpper(name)
  return upper in FIELD_KINDS ? upper : undefined
}

/**
 * `checkStatisticFilter`: keys upper-cased; a key whose operation is not allowed, whose field is not the
 * entity's, or whose value is an empty array is dropped **silently**; `CALL_TYPE` means `INCOMING`;
 * no operation means `=`. Sub-filters (a value with non-integer keys) are not modelled and dropped.
 */
export function checkStatisticFilter(filter: unknown): Map<string, Condition> {
  const out = new Map<string, Condition>()
  if (!isRecord(filter) && !Array.isArray(filter)) return out
  for (const [rawKey, rawValue] of Object.entries(filter)) {
    const key = asciiUpper(rawKey)
    const [, given = '', named = ''] = /^([^a-zA-Z]*)(.*)$/s.exec(key) ?? []
    let value: unknown = rawValue
    if (isRecord(value)) {
      const keys = Object.keys(value)
      if (keys.length === 0 || keys.some((k) => !/^-?\d+$/.test(k))) continue
      value = Object.values(value)
    }
    if (Array.isArray(value) && value.length === 0) continue
    if (!OPERATIONS.has(given)) continue
    const field = named === 'CALL_TYPE' ? 'INCOMING' : entityField(named)
    if (field === undefined) continue
    const operation = given === '' ? '=' : given
    out.set(operation + field, { operation, field, value })
  }
  return out
}

/** Whether a row meets one condition, the way the database compares (numbers as numbers, text case-blind). */
export function meets(valueOf: (field: string) => DbValue, condition: Condition): boolean {
  const { operation, field, value } = condition
  const stored = valueOf(field)
  const kind = FIELD_KINDS[field] ?? 'string'
  const values = Array.isArray(value) ? value : [value]
  const first = values[0]
  switch (operation) {
    case '=':
      return values.some((v) => equal(stored, v, kind))
    case '!':
    case '!=':
      return !values.some((v) => equal(stored, v, kind))
    case '<':
      return compare(stored, first, kind) < 0
    case '<=':
      return compare(stored, first, kind) <= 0
    case '>':
      return compare(stored, first, kind) > 0
    case '>=':
      return compare(stored, first, kind) >= 0
    case '><':
    case '!><': {
      const inside = compare(stored, values[0], kind) >= 0 && compare(stored, values[1], kind) <= 0
      return operation === '><' ? inside : !inside
    }
    default: {
      // `%`, `!%` and the search syntax `?` (modelled as a plain substring).
      const found = stored !== null && String(stored).toLowerCase().includes(String(first).toLowerCase())
      return operation === '!%' ? !found : found
    }
  }
}

function equal(stored: DbValue, given: unknown, kind: string): boolean {
  // An integer compared with 0 also matches NULL (CSQLWhere: `IS NULL OR = 0`).
  if (kind === 'int' && stored === null) return Number(given) === 0
  return compare(stored, given, kind) === 0
}

/** NaN-safe three-way comparison; a NULL or a value that cannot be read compares as "no match" (NaN). */
function compare(stored: DbValue, given: unknown, kind: string): number {
  if (stored === null || given === undefined || given === null) return Number.NaN
  if (kind === 'date') return Number(stored) - dateMs(given)
  if (kind === 'int' || kind === 'float') return Number(stored) - Number(given)
  const a = String(stored).toLowerCase()
  const b = String(given).toLowerCase()
  return a < b ? -1 : a > b ? 1 : 0
}

/** `CRestUtil::unConvertDateTime`: what `strtotime` reads; anything else matches nothing (_unverified_). */
function dateMs(given: unknown): number {
  return typeof given === 'string' ? Date.parse(given) : Number.NaN
}

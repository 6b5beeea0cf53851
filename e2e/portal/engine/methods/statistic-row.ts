import { isoDate } from '../time-block.ts'
import type { StoredCall } from '../types.ts'
import type { DbValue } from './statistic-filter.ts'

/** One field of the row as the database compares it. */
export function dbValue(call: StoredCall, field: string, now: number): DbValue {
  switch (field) {
    case 'ID':
    case 'PORTAL_USER_ID':
    case 'PORTAL_NUMBER':
    case 'PHONE_NUMBER':
    case 'CALL_ID':
    case 'CALL_DURATION':
    case 'CALL_VOTE':
    case 'COST':
    case 'CALL_FAILED_CODE':
      return call[field]
    case 'INCOMING':
      return String(call.INCOMING)
    case 'CALL_START_DATE':
      return now - call.ageSeconds * 1000
    default:
      return dbRow(call, now)[field] ?? null
  }
}

/** The row as the database would give it to the filter: integers as numbers, the start in ms. */
export function dbRow(call: StoredCall, now: number): Record<string, DbValue> {
  return {
    ID: call.ID,
    ACCOUNT_ID: 1,
    APPLICATION_ID: null,
    APPLICATION_NAME: null,
    PORTAL_USER_ID: call.PORTAL_USER_ID,
    PORTAL_NUMBER: call.PORTAL_NUMBER,
    PHONE_NUMBER: call.PHONE_NUMBER,
    INCOMING: String(call.INCOMING),
    CALL_ID: call.CALL_ID,
    EXTERNAL_CALL_ID: null,
    CALL_CATEGORY: call.CALL_CATEGORY,
    CALL_LOG: null,
    CALL_DIRECTION: null,
    CALL_DURATION: call.CALL_DURATION,
    CALL_START_DATE: now - call.ageSeconds * 1000,
    CALL_STATUS: call.CALL_FAILED_CODE === '200' ? 1 : 0,
    CALL_RECORD_ID: null,
    CALL_RECORD_URL: null,
    CALL_WEBDAV_ID: null,
    CALL_VOTE: call.CALL_VOTE,
    COST: call.COST,
    COST_CURRENCY: call.COST_CURRENCY,
    CALL_FAILED_CODE: call.CALL_FAILED_CODE,
    CALL_FAILED_REASON: call.CALL_FAILED_REASON,
    CRM_ENTITY_TYPE: null,
    CRM_ENTITY_ID: null,
    CRM_ACTIVITY_ID: null,
    REST_APP_ID: null,
    REST_APP_NAME: null,
    TRANSCRIPT_ID: null,
    TRANSCRIPT_PENDING: 'N',
    SESSION_ID: null,
    REDIAL_ATTEMPT: null,
    COMMENT: null,
    RECORD_DURATION: null,
  }
}

/** Fields statisticGet unsets before answering; INCOMING comes back as CALL_TYPE, last. */
const HIDDEN = new Set([
  'ACCOUNT_ID',
  'APPLICATION_ID',
  'APPLICATION_NAME',
  'CALL_RECORD_ID',
  'CALL_WEBDAV_ID',
  'CALL_STATUS',
  'CALL_DIRECTION',
  'INCOMING',
])

/** The REST row: values as fetched (strings or null), the start in ISO 8601, RECORD_FILE_ID an integer. */
export function restRow(row: Record<string, DbValue>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {}
  for (const [field, value] of Object.entries(row)) {
    if (HIDDEN.has(field)) continue
    if (field === 'CALL_START_DATE') out[field] = isoDate(Number(value))
    else if (field === 'COST') out[field] = Number(value).toFixed(4)
    else out[field] = value === null ? null : String(value)
  }
  out.RECORD_FILE_ID = row.CALL_WEBDAV_ID === null ? null : Number(row.CALL_WEBDAV_ID) || null
  out.CALL_TYPE = row.INCOMING ?? null
  return out
}

import type { Department, Employee, PhoneState, SipSettings } from '@/features/telephony-users/model/types.ts'
import type { RestDepartment, RestSipSettings, RestUser } from './rest-schemas.ts'

const clean = (value: string | number | null | undefined): string | null => {
  const text = value === null || value === undefined ? '' : String(value).trim()
  return text === '' ? null : text
}

export function toEmployee(row: RestUser): Employee {
  const id = Number(row.ID)
  const name = [row.NAME, row.LAST_NAME].map(clean).filter(Boolean).join(' ')
  return {
    id,
    fullName: name || `#${id}`, // user_brief gives no EMAIL to fall back on (docs/bitrix24.md, "user.get")
    position: clean(row.WORK_POSITION) ?? '',
    photoUrl: safeUrl(clean(row.PERSONAL_PHOTO)),
    departmentIds: (row.UF_DEPARTMENT ?? []).map(Number).filter((n) => Number.isInteger(n) && n > 0),
    extension: clean(row.UF_PHONE_INNER),
    email: clean(row.EMAIL),
  }
}

export function toDepartment(row: RestDepartment): Department {
  const parent = Number(clean(row.PARENT))
  return {
    id: Number(row.ID),
    name: clean(row.NAME) ?? `#${row.ID}`,
    parentId: Number.isInteger(parent) && parent > 0 ? parent : null,
  }
}

export function toPhoneState(value: string | number | null | undefined): PhoneState {
  const text = clean(value)
  if (text === null) return 'not-set'
  if (text === 'Y') return 'on'
  if (text === 'N') return 'off'
  return 'unknown'
}

export function toSipSettings(row: RestSipSettings): SipSettings {
  return {
    userId: Number(row.ID),
    phone: toPhoneState(row.PHONE_ENABLED),
    defaultLine: clean(row.DEFAULT_LINE),
    server: clean(row.SIP_SERVER),
    login: clean(row.SIP_LOGIN),
    password: clean(row.SIP_PASSWORD),
    extension: clean(row.INNER_NUMBER),
  }
}

const PLAIN_HTTP_URL = /^https?:\/\/[\w.-]+(?::\d+)?\/[\w./%-]*$/

/** Photos are shown only from absolute http(s) URLs: a `javascript:` or odd value in PERSONAL_PHOTO is dropped. */
function safeUrl(value: string | null): string | null {
  if (value === null) return null
  // The usual form, taken as it is: parsing 20,000 URLs shows in the load time.
  if (PLAIN_HTTP_URL.test(value)) return value
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

/** The entities `htmlspecialcharsbx` writes, and what they stand for. */
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#039;': "'",
  '&#39;': "'",
}

/**
 * Line names arrive HTML-escaped (docs/bitrix24.md, "voximplant.line.get"): decoded once, in a single
 * pass so `&amp;lt;` stays `&lt;`, and then only ever rendered as text.
 */
export function toLineNames(names: Record<string, string>): Record<string, string> {
  const decode = (text: string) =>
    text.replace(/&(?:amp|lt|gt|quot|#0?39);/g, (entity) => ENTITIES[entity] ?? entity)
  return Object.fromEntries(Object.entries(names).map(([id, name]) => [id, decode(name)]))
}

/** The portal's stored data, kept in the shapes Bitrix24's REST answers use. */

export type UserType = 'employee' | 'extranet' | 'email'

/**
 * A user in the REST types of `user.get` (docs/bitrix24.md "user.get"): ID a string, ACTIVE
 * a boolean. The portal stores EMAIL and LAST_LOGIN, but scope `user_brief` never shows them; an
 * empty PERSONAL_PHOTO or UF_PHONE_INNER is a NULL in Bitrix24, left out of answers (user-fields.ts).
 */
export interface RestUser {
  ID: string
  ACTIVE: boolean
  NAME: string
  LAST_NAME: string
  SECOND_NAME: string
  EMAIL: string
  LAST_LOGIN: string
  DATE_REGISTER: string
  IS_ONLINE: 'Y' | 'N'
  TIME_ZONE: string
  /** Date-times as the database holds them, `YYYY-MM-DD HH:MM:SS` (user-fields.ts prints them per method). */
  TIMESTAMP_X: string
  LAST_ACTIVITY_DATE: string | null
  PERSONAL_GENDER: string
  PERSONAL_BIRTHDAY: string
  /** The original photo's URL, or '' for none. */
  PERSONAL_PHOTO: string
  PERSONAL_CITY: string
  WORK_POSITION: string
  UF_EMPLOYMENT_DATE: string
  UF_DEPARTMENT: number[]
  UF_PHONE_INNER: string
  USER_TYPE: UserType
}

export interface PortalUser {
  id: number
  isAdmin: boolean
  fields: RestUser
}

export interface Department {
  id: number
  name: string
  sort: number
  parent: number | null
  head: number | null
  /** A deactivated department hides itself and everything below it from department.get. */
  active: boolean
}

/** voximplant.user.get's row without ID; every value a string or null, as the docs' example shows. */
export interface VoximplantSettings {
  DEFAULT_LINE: string | null
  PHONE_ENABLED: 'Y' | 'N' | null
  SIP_SERVER: string
  SIP_LOGIN: string
  SIP_PASSWORD: string | null
  INNER_NUMBER: string | null
}

export interface PortalData {
  /** Ascending by id. */
  users: PortalUser[]
  usersById: Map<number, PortalUser>
  /** Bumped by every change to a user's fields: lists read from the users are cached per version. */
  usersVersion: number
  /** Ascending by id. */
  departments: Department[]
  departmentsById: Map<number, Department>
  voximplant: Map<number, VoximplantSettings>
  /** voximplant.line.get: `{LINE_ID: NAME}`. */
  lines: Record<string, string>
  /** Telephony queues (groups) with their internal number: no REST method lists them, user.update checks them. */
  queues: TelephonyQueue[]
  /** voximplant.statistic.get's call records, ascending by ID (seed-calls.ts). */
  calls: StoredCall[]
  /** Users of type `employee` (active or not). */
  employees: number
  /** The portal's own origin, which photos are served from. */
  photoBaseUrl: string
  /** How the seeded photos are painted (photo.ts): identicons for tests, portraits for the demo. */
  photoStyle: 'pattern' | 'portrait'
}

/** A telephony queue (`voximplant` QueueTable): its PHONE_NUMBER is an extension no user may take. */
export interface TelephonyQueue {
  id: number
  name: string
  phoneNumber: string
}

/**
 * One row of the call statistics (`voximplant` StatisticTable) in the types the REST answer carries
 * (docs/bitrix24.md "voximplant.statistic.get"). The start is kept as an age, so a seeded portal's
 * calls stay "recent" whenever it runs: the method turns it into a date against the request's time.
 */
export interface StoredCall {
  ID: number
  PORTAL_USER_ID: number
  PORTAL_NUMBER: string
  PHONE_NUMBER: string
  /** StatisticTable's INCOMING: 1 outgoing, 2 incoming, 3 incoming redirected, 4 callback, 5 info call. */
  INCOMING: number
  CALL_ID: string
  CALL_CATEGORY: string
  CALL_DURATION: number
  /** Seconds before "now" the call started. */
  ageSeconds: number
  CALL_VOTE: number | null
  COST: number
  COST_CURRENCY: string
  /** `200` answered, `304` missed, `486` busy, `603-S` cancelled… */
  CALL_FAILED_CODE: string
  CALL_FAILED_REASON: string
}

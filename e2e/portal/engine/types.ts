/** The portal's stored data, kept in the shapes Bitrix24's REST answers use. */

export type UserType = 'employee' | 'extranet' | 'email'

/** A user as `user.get` answers it (docs: api-reference/user/user-get.md): ID a string, ACTIVE a boolean. */
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
  PERSONAL_GENDER: string
  PERSONAL_PHOTO: string
  WORK_POSITION: string
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
  /** Ascending by id. */
  departments: Department[]
  departmentsById: Map<number, Department>
  voximplant: Map<number, VoximplantSettings>
  /** voximplant.line.get: `{LINE_ID: NAME}`. */
  lines: Record<string, string>
  /** Users of type `employee` (active or not). */
  employees: number
}

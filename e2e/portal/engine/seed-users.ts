import { FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES, POSITIONS, SPECIAL_PEOPLE } from './names.ts'
import { photoUrl } from './photo.ts'
import { createRandom, deriveSeed, pick, type Random } from './random.ts'
import { isoDate } from './time-block.ts'
import type { Department, PortalUser, RestUser, UserType } from './types.ts'

const DAY_MS = 86_400_000
const REGISTERED_FROM = Date.UTC(2018, 0, 15, 9)
/** The highest seeded extension (the telephony module allows 1 to 4 digits). */
const MAX_EXTENSION = 4999

/** Extranet and email users sit between employees; they must stay out of employee lists. */
export function userTypeOf(id: number): UserType {
  if (id === 1 || SPECIAL_PEOPLE.has(id)) return 'employee'
  if (id % 37 === 0) return 'extranet'
  if (id % 53 === 0) return 'email'
  return 'employee'
}

export function isAdminId(id: number): boolean {
  return id === 1 || id === 4 || id % 250 === 99
}

/** Users 1.. until `employees` of them are of type `employee`; each user has its own PRNG stream. */
export function seedUsers(
  options: { employees: number; seed: number; photoBaseUrl: string },
  departments: readonly Department[],
): PortalUser[] {
  const users: PortalUser[] = []
  let employees = 0
  for (let id = 1; employees < options.employees; id++) {
    const type = userTypeOf(id)
    if (type === 'employee') employees++
    const random = createRandom(deriveSeed(options.seed, id))
    users.push({ id, isAdmin: isAdminId(id), fields: restUser(id, type, random, departments, options) })
  }
  return users
}

function restUser(
  id: number,
  type: UserType,
  random: Random,
  departments: readonly Department[],
  options: { photoBaseUrl: string },
): RestUser {
  const special = SPECIAL_PEOPLE.get(id)
  const gender = special?.gender ?? (random() < 0.5 ? 'F' : 'M')
  const name = special?.NAME ?? pick(random, gender === 'F' ? FIRST_NAMES_F : FIRST_NAMES_M)
  const lastName = special?.LAST_NAME ?? pick(random, LAST_NAMES)
  const patronymic = gender === 'F' ? 'Andreevna' : 'Andreevich'
  const employee = type === 'employee'
  const registered = REGISTERED_FROM + id * DAY_MS * 0.3
  // Drawn in the order the data has always been drawn, so seeded people stay who they were.
  const secondName = special ? (special.SECOND_NAME ?? '') : random() < 0.08 ? patronymic : ''
  const lastLogin = random() < 0.1 ? '' : isoDate(registered + random() * 400 * DAY_MS)
  return {
    ID: String(id),
    ACTIVE: id === 1 || !(id % 29 === 0 || id === 7),
    NAME: name,
    LAST_NAME: lastName,
    SECOND_NAME: secondName,
    EMAIL: emailOf(id, type, `${name} ${lastName}`),
    LAST_LOGIN: lastLogin,
    // CRestUtil::ConvertDate: a date field at midnight.
    DATE_REGISTER: isoDate(registered - (registered % DAY_MS)),
    IS_ONLINE: random() < 0.2 ? 'Y' : 'N',
    TIME_ZONE: '',
    TIMESTAMP_X: dbDateTime(registered + 3_600_000),
    LAST_ACTIVITY_DATE: lastLogin === '' ? null : dbDateTime(Date.parse(lastLogin) + 60_000),
    PERSONAL_GENDER: gender,
    PERSONAL_BIRTHDAY: id % 4 === 0 ? isoDate(Date.UTC(1970 + (id % 30), id % 12, 1 + (id % 28))) : '',
    PERSONAL_PHOTO: photoUrl(options.photoBaseUrl, id),
    PERSONAL_CITY: '',
    WORK_POSITION: special?.WORK_POSITION ?? (random() < 0.1 ? '' : pick(random, POSITIONS)),
    UF_EMPLOYMENT_DATE: '',
    UF_DEPARTMENT: employee
      ? placed(special?.department, departmentsOf(id, random, departments), departments)
      : [],
    // Extensions are 1 to 4 digits, so a large portal gives them to some employees only.
    UF_PHONE_INNER: employee && id % 11 !== 6 && id + 100 <= MAX_EXTENSION ? String(100 + id) : '',
    USER_TYPE: type,
  }
}

/** A fixed department when the portal has it; the random pick is drawn anyway, so the rest of the data stays put. */
function placed(fixed: number | undefined, drawn: number[], departments: readonly Department[]): number[] {
  return fixed !== undefined && departments.some((d) => d.id === fixed) ? [fixed] : drawn
}

function departmentsOf(id: number, random: Random, departments: readonly Department[]): number[] {
  // A few people sit in the company department itself; everyone else in one below it.
  const below = departments.length > 1 ? departments.slice(1) : departments
  if (id === 1 || random() < 0.03) return [1]
  const first = pick(random, below).id
  const second = random() < 0.04 ? pick(random, below).id : first
  return second === first ? [first] : [first, second]
}

/** A work address from the name (`user<ID>@` when nothing of it is Latin). */
export function emailOf(id: number, type: UserType, fullName: string): string {
  const local = fullName
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, '')
    .trim()
    .split(/ +/)
    .filter(Boolean)
    .join('.')
  const domain =
    type === 'employee' ? 'example.com' : type === 'extranet' ? 'partner.example' : 'client.example'
  if (local === '') return `user${id}@${domain}`
  return SPECIAL_PEOPLE.has(id) ? `${local}@${domain}` : `${local}.${id}@${domain}`
}

/** `YYYY-MM-DD HH:MM:SS`, as a DATETIME column reads. */
function dbDateTime(ms: number): string {
  return isoDate(ms).slice(0, 19).replace('T', ' ')
}

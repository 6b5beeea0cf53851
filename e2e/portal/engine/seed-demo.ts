import {
  DEMO_ADMIN,
  DEMO_DEPARTMENTS,
  DEMO_LOCALES,
  PATRONYMIC_ROOTS,
  type DemoLocale,
} from './names-demo.ts'
import { photoUrl } from './photo.ts'
import { createRandom, deriveSeed, pick, type Random } from './random.ts'
import { emailOf } from './seed-users.ts'
import type { Department, PortalUser } from './types.ts'

/** How often each locale's people appear: an English-speaking company with offices in Europe and Brazil. */
const LOCALE_WEIGHTS = [30, 14, 16, 12, 10, 8, 5, 5]
const COMPANY_POSITIONS = ['Chief executive officer', 'Executive assistant', 'Chief operating officer']

/** The demo company's departments, department 1 being the company itself (docs/bitrix24.md "Seeded data"). */
export function demoDepartments(portalName: string): Department[] {
  return [
    { id: 1, name: portalName, sort: 500, parent: null, head: null, active: true },
    ...DEMO_DEPARTMENTS.map((d, index) => ({
      id: index + 2,
      name: d.name,
      sort: 500,
      parent: d.parent < 0 ? 1 : d.parent + 2,
      head: null,
      active: true,
    })),
  ]
}

/**
 * Gives the seeded users the demo's faces: names from several languages, positions that fit their
 * department, portrait photos. Who is active, an administrator, an employee or has an extension stays
 * as the seed decided, so the demo portal behaves exactly like the test portal of the same size.
 */
export function dressAsDemo(users: PortalUser[], options: { seed: number; photoBaseUrl: string }): void {
  for (const user of users) {
    const random = createRandom(deriveSeed(options.seed, 2_000_000 + user.id))
    const fields = user.fields
    const gender =
      fields.PERSONAL_GENDER === 'M' || fields.PERSONAL_GENDER === 'F'
        ? fields.PERSONAL_GENDER
        : random() < 0.5
          ? 'F'
          : 'M'
    const person = user.id === 1 ? { ...DEMO_ADMIN, SECOND_NAME: '' } : demoPerson(random, gender)
    const department = fields.UF_DEPARTMENT[0]
    const positions =
      department === undefined || department === 1
        ? COMPANY_POSITIONS
        : DEMO_DEPARTMENTS[department - 2]?.positions
    Object.assign(fields, {
      NAME: person.NAME,
      LAST_NAME: person.LAST_NAME,
      SECOND_NAME: person.SECOND_NAME,
      PERSONAL_GENDER: gender,
      WORK_POSITION:
        user.id === 1 ? DEMO_ADMIN.WORK_POSITION : pick(random, (positions ?? COMPANY_POSITIONS).slice(1)),
      EMAIL: emailOf(user.id, fields.USER_TYPE, `${person.NAME} ${person.LAST_NAME}`),
      PERSONAL_PHOTO: photoUrl(options.photoBaseUrl, user.id, undefined, 'portrait'),
    })
  }
}

/** A department's head holds its first position (Sales director, Head of support…). */
export function promoteHeads(
  departments: readonly Department[],
  users: ReadonlyMap<number, PortalUser>,
): void {
  for (const department of departments) {
    const head = department.head === null ? undefined : users.get(department.head)
    const title = DEMO_DEPARTMENTS[department.id - 2]?.positions[0]
    if (head && head.id !== 1 && title !== undefined) head.fields.WORK_POSITION = title
  }
}

function demoPerson(random: Random, gender: 'F' | 'M') {
  const locale = weightedLocale(random)
  const index = Math.floor(random() * locale.lastNames.length)
  const female = gender === 'F'
  const lastName = (female ? locale.femaleLastNames?.[index] : undefined) ?? locale.lastNames[index] ?? ''
  const patronymic =
    locale.patronymic && random() < 0.6 ? locale.patronymic(pick(random, PATRONYMIC_ROOTS)) : undefined
  return {
    NAME: pick(random, female ? locale.female : locale.male),
    LAST_NAME: lastName,
    SECOND_NAME: patronymic ? patronymic[female ? 0 : 1] : '',
  }
}

function weightedLocale(random: Random): DemoLocale {
  const total = LOCALE_WEIGHTS.reduce((sum, w) => sum + w, 0)
  let at = random() * total
  for (const [index, weight] of LOCALE_WEIGHTS.entries()) {
    at -= weight
    if (at < 0) return DEMO_LOCALES[index] ?? DEMO_LOCALES[0]!
  }
  return DEMO_LOCALES[0]!
}

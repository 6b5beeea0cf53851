import { LINES, STALE_LINE } from './names.ts'
import { DEMO_LINES } from './names-demo.ts'
import { createRandom, deriveSeed, pick, randomHex, randomInt } from './random.ts'
import { demoDepartments, dressAsDemo, promoteHeads } from './seed-demo.ts'
import { seedCalls } from './seed-calls.ts'
import { addArchivedBranch, seedDepartments } from './seed-departments.ts'
import { seedUsers } from './seed-users.ts'
import type { Department, PortalData, PortalUser, VoximplantSettings } from './types.ts'

export { hasPhoto } from './photo.ts'

export interface SeedOptions {
  employees: number
  seed: number
  photoBaseUrl: string
  portalName: string
  /**
   * `test` (the default): the e2e suite's portal, with hostile names, stale lines and awkward
   * departments. `demo`: a believable company for `npm start` and the Market's screenshots.
   */
  dataset?: 'test' | 'demo'
}

/** The whole portal from a seed: same options, same data (20,000 employees take a few tens of ms). */
export function seedPortal(options: SeedOptions): PortalData {
  const demo = options.dataset === 'demo'
  const departmentCount = Math.max(4, Math.round(options.employees / 25))
  const departments = demo
    ? demoDepartments(options.portalName)
    : seedDepartments(departmentCount, options.portalName, createRandom(deriveSeed(options.seed, 1)))
  const users = seedUsers(options, departments)
  const usersById = new Map(users.map((u) => [u.id, u]))
  if (demo) dressAsDemo(users, options)
  assignHeads(departments, users)
  if (demo) promoteHeads(departments, usersById)
  addArchivedBranch(departments)
  const sipServer = sipServerName(options.seed)
  const voximplant = new Map<number, VoximplantSettings>()
  for (const user of users) {
    const settings = voximplantSettings(options.seed, user, sipServer)
    // A demo company has no line that was deleted under its users.
    if (demo && settings.DEFAULT_LINE === STALE_LINE) settings.DEFAULT_LINE = null
    voximplant.set(user.id, settings)
  }
  return {
    users,
    usersById,
    usersVersion: 0,
    departments,
    departmentsById: new Map(departments.map((d) => [d.id, d])),
    voximplant,
    lines: { ...(demo ? DEMO_LINES : LINES) },
    // Above every seeded extension (at most 4999): taking it fails as "in usage" (methods/user-update.ts).
    queues: [{ id: 1, name: 'Sales queue', phoneNumber: '5000' }],
    photoStyle: demo ? 'portrait' : 'pattern',
    calls: seedCalls(options.seed, users, voximplant),
    employees: options.employees,
    photoBaseUrl: options.photoBaseUrl,
  }
}

/** Like `ip.b24-6059-1584795982.bitrixphone.com` in the docs' example: one server per portal. */
function sipServerName(seed: number): string {
  const random = createRandom(deriveSeed(seed, 2))
  return `ip.b24-${randomInt(random, 1000, 9999)}-${randomInt(random, 1500000000, 1700000000)}.bitrixphone.com`
}

/** The first active member heads each department; every seventh has no head. */
function assignHeads(departments: Department[], users: readonly PortalUser[]): void {
  const firstMember = new Map<number, number>()
  for (const user of users) {
    const first = user.fields.UF_DEPARTMENT[0]
    if (first !== undefined && user.fields.ACTIVE && !firstMember.has(first)) firstMember.set(first, user.id)
  }
  for (const department of departments) {
    if (department.id === 1) department.head = 1
    else if (department.id % 7 !== 0) department.head = firstMember.get(department.id) ?? null
  }
}

function voximplantSettings(seed: number, user: PortalUser, sipServer: string): VoximplantSettings {
  const random = createRandom(deriveSeed(seed, 1_000_000 + user.id))
  const phone = random()
  const line = random()
  const password = random()
  return {
    DEFAULT_LINE:
      line < 0.55 ? null : line < 0.6 ? '' : line < 0.97 ? pick(random, Object.keys(LINES)) : STALE_LINE,
    PHONE_ENABLED: phone < 0.45 ? 'Y' : phone < 0.8 ? 'N' : null,
    SIP_SERVER: sipServer,
    SIP_LOGIN: `phone${user.id}`,
    SIP_PASSWORD: password < 0.15 ? null : randomHex(random, 12),
    INNER_NUMBER: user.fields.UF_PHONE_INNER === '' ? null : user.fields.UF_PHONE_INNER,
  }
}

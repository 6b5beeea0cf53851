import type { SeedOptions } from './seed.ts'
import type { Department, PortalData, PortalUser, VoximplantSettings } from './types.ts'

/** One employee of a hand-written portal: what a test reads on the screen, the rest filled in. */
export interface SmallPerson {
  id: number
  name: string
  lastName: string
  position?: string
  departments: number[]
  extension?: string
  isAdmin?: boolean
  phone?: VoximplantSettings['PHONE_ENABLED']
  password?: string | null
  line?: string | null
}

export interface SmallPortal {
  departments: Array<{ id: number; name: string; parent?: number }>
  people: SmallPerson[]
  lines: Record<string, string>
  sipServer: string
}

/**
 * The unit and component tests' portal: three employees (an administrator among them), two
 * departments, one named line. Same engine as the e2e suite and `npm start`, only less data.
 */
export const SMALL_PORTAL: SmallPortal = {
  departments: [
    { id: 1, name: 'Sales' },
    { id: 2, name: 'Support', parent: 1 },
  ],
  people: [
    {
      id: 1,
      name: 'Anna',
      lastName: 'Petrova',
      position: 'Head of sales',
      departments: [1],
      extension: '101',
      isAdmin: true,
      phone: 'Y',
      password: 'secret-1',
      line: 'reg1',
    },
    {
      id: 2,
      name: 'Boris',
      lastName: 'Ivanov',
      position: 'Operator',
      departments: [2],
      extension: '102',
      phone: 'N',
      password: 'secret-2',
    },
    { id: 3, name: '<b>Zoë</b>', lastName: 'Ångström', departments: [2], phone: null, password: null },
  ],
  lines: { reg1: 'Office PBX' },
  sipServer: 'ip.b24-1.bitrixphone.com',
}

/** The portal's data from a hand-written description: a `seed` for `createPortalEngine`. */
export function seedSmallPortal(spec: SmallPortal = SMALL_PORTAL) {
  return (options: SeedOptions): PortalData => {
    const departments: Department[] = spec.departments.map((d, index) => ({
      id: d.id,
      name: d.name,
      sort: 100 * (index + 1),
      parent: d.parent ?? null,
      head: null,
      active: true,
    }))
    const data: PortalData = {
      users: [],
      usersById: new Map(),
      usersVersion: 0,
      departments,
      departmentsById: new Map(departments.map((d) => [d.id, d])),
      voximplant: new Map(),
      lines: { ...spec.lines },
      queues: [{ id: 1, name: 'Sales queue', phoneNumber: '5000' }],
      employees: 0,
      photoBaseUrl: options.photoBaseUrl,
      photoStyle: 'pattern',
      calls: [],
    }
    for (const person of spec.people) addEmployee(data, person, spec.sipServer)
    return data
  }
}

/** Adds an active employee with their telephony settings, as hiring one in Bitrix24 would. */
export function addEmployee(data: PortalData, person: SmallPerson, sipServer = SMALL_PORTAL.sipServer): void {
  const user: PortalUser = { id: person.id, isAdmin: person.isAdmin ?? false, fields: restUser(person) }
  const last = data.users.at(-1)
  data.users.push(user)
  // In ID order, as user.get pages them; sorting only when out of order keeps a 20,000-employee portal quick.
  if (last !== undefined && last.id > user.id) data.users.sort((a, b) => a.id - b.id)
  data.usersById.set(user.id, user)
  data.usersVersion += 1
  data.employees += 1
  data.voximplant.set(user.id, {
    DEFAULT_LINE: person.line ?? null,
    PHONE_ENABLED: person.phone ?? null,
    SIP_SERVER: sipServer,
    SIP_LOGIN: `phone${person.id}`,
    SIP_PASSWORD: person.password ?? null,
    INNER_NUMBER: person.extension ?? null,
  })
}

function restUser(person: SmallPerson): PortalUser['fields'] {
  return {
    ID: String(person.id),
    ACTIVE: true,
    NAME: person.name,
    LAST_NAME: person.lastName,
    SECOND_NAME: '',
    EMAIL: `user${person.id}@example.com`,
    LAST_LOGIN: '',
    DATE_REGISTER: '2024-01-15T00:00:00+00:00',
    IS_ONLINE: 'N',
    TIME_ZONE: '',
    TIMESTAMP_X: '2024-01-15 10:00:00',
    LAST_ACTIVITY_DATE: null,
    PERSONAL_GENDER: '',
    PERSONAL_BIRTHDAY: '',
    PERSONAL_PHOTO: '',
    PERSONAL_CITY: '',
    WORK_POSITION: person.position ?? '',
    UF_EMPLOYMENT_DATE: '',
    UF_DEPARTMENT: [...person.departments],
    UF_PHONE_INNER: person.extension ?? '',
    USER_TYPE: 'employee',
  }
}

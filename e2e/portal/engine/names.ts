/** Word lists for the seeded portal, and the awkward people every portal size contains. */

function words(list: string): readonly string[] {
  return list.split('|')
}

export const FIRST_NAMES_F = words(
  'Maria|Olga|Sofia|Emma|Lena|Julia|Nadia|Chloé|Ines|Hannah|Aiko|Priya|Fatima|Grace|Ingrid|' +
    'Lucía|Marta|Nora|Paula|Yuki|Irina|Svetlana|Amelia',
)
export const FIRST_NAMES_M = words(
  'Ivan|Dmitry|Alexei|Lukas|Noah|Mateo|Omar|Jonas|Pierre|Kenji|Rahul|Liam|Sergei|Tomás|Henrik|' +
    'Ali|David|Felix|Marco|Pavel|Victor|Oliver|Arjun',
)
export const LAST_NAMES = words(
  'Smith|Ivanov|Novak|Müller|García|Rossi|Kowalski|Dubois|Tanaka|Sharma|Haddad|Johansson|' +
    "Nielsen|Silva|Kim|Nguyen|Fischer|Moreau|Popescu|Horvat|Sokolov|Kuznetsov|O'Brien|" +
    'van der Berg|Schmidt|Costa|Yilmaz|Papadopoulos',
)
export const POSITIONS = words(
  'Sales manager|Account executive|Support engineer|Accountant|Office manager|Developer|' +
    'QA engineer|Designer|HR specialist|Logistics coordinator|Lawyer|Marketing specialist|' +
    'Call centre operator|Team lead|Product manager|Warehouse operator|Receptionist|Analyst',
)
export const DEPARTMENT_BASES = words(
  'Sales|Support|Accounting|Marketing|Development|Logistics|Legal|HR|Procurement|Call centre|' +
    'Quality|Warehouse|Design|Security|Administration|Research',
)
export const DEPARTMENT_REGIONS = words('North|South|East|West|EMEA|APAC|Moscow|Berlin')

/** Awkward departments come first so a small portal has them too. */
/** Exactly `length` characters: `text` repeated, cut at the end (the 500-character strings a layout must survive). */
export function exactly(length: number, text: string): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length)
}

export const LONG_DEPARTMENT = exactly(
  500,
  'International Key Account Management and Strategic Partnerships for the Central and Eastern Europe Region, ',
)
export const LONG_LAST_NAME = exactly(
  500,
  'von Hohenzollern-Sigmaringen-Wittelsbach und Habsburg-Lothringen-Bourbon-Parma ',
).trimEnd()
export const LONG_POSITION = exactly(
  500,
  'Senior Vice President of Interdepartmental Communication Infrastructure and Telephony, ',
)

export const FIXED_DEPARTMENTS = [
  'Sales',
  LONG_DEPARTMENT, // id 3: every portal has at least 4 departments
  'R&D <Lab> "Q&A"',
  'Отдел продаж',
  'Support',
  '🚀 Launch team',
  'Ventes & Marketing (Région Île-de-France)',
  'قسم الدعم',
] as const

/** Department ids are their place in FIXED_DEPARTMENTS plus 2 (1 is the company). */
export const LONG_DEPARTMENT_ID = FIXED_DEPARTMENTS.indexOf(LONG_DEPARTMENT) + 2

export interface SpecialPerson {
  NAME: string
  LAST_NAME: string
  SECOND_NAME?: string
  WORK_POSITION: string
  /** The department they sit in, when the portal has it (else a random one, as for everyone). */
  department?: number
  gender: 'M' | 'F' | ''
}

/** Fixed ids (all within the first 200), so every portal of a useful size has them. */
export const SPECIAL_PEOPLE: ReadonlyMap<number, SpecialPerson> = new Map([
  [1, { NAME: 'Anna', LAST_NAME: 'Petrova', WORK_POSITION: 'Head of IT', gender: 'F' }],
  [2, { NAME: 'Mark', LAST_NAME: 'Thompson', WORK_POSITION: 'Telephony administrator', gender: 'M' }],
  [
    3,
    {
      NAME: 'Екатерина',
      LAST_NAME: 'Смирнова-Оболенская',
      SECOND_NAME: 'Александровна',
      WORK_POSITION: 'Бухгалтер',
      gender: 'F',
    },
  ],
  [5, { NAME: 'Zoë', LAST_NAME: 'Ångström-Müller', WORK_POSITION: 'Ingénieure réseau', gender: 'F' }],
  [
    8,
    {
      NAME: 'Maximilian Alexander Konstantin Friedrich Wilhelm',
      LAST_NAME: LONG_LAST_NAME,
      WORK_POSITION: LONG_POSITION,
      department: LONG_DEPARTMENT_ID,
      gender: 'M',
    },
  ],
  [9, { NAME: 'Seán', LAST_NAME: "O'Connor-D'Arcy", WORK_POSITION: 'Field engineer', gender: 'M' }],
  [10, { NAME: '  Lee ', LAST_NAME: 'Park  ', WORK_POSITION: ' Intern ', gender: '' }],
  [12, { NAME: '', LAST_NAME: '', WORK_POSITION: '', gender: '' }],
  [
    13,
    {
      NAME: '<b>Bold</b>',
      LAST_NAME: '<script>alert(1)</script>',
      WORK_POSITION: '"><img src=x onerror=alert(2)>',
      gender: '',
    },
  ],
  [21, { NAME: 'ليلى', LAST_NAME: 'الحداد', WORK_POSITION: 'مهندسة اتصالات', gender: 'F' }],
  [34, { NAME: 'Kai 🚀', LAST_NAME: 'Nakamura 🎧', WORK_POSITION: 'DevOps 🛠️', gender: 'M' }],
  [55, { NAME: '小明', LAST_NAME: '王', WORK_POSITION: '销售经理', gender: 'M' }],
  [89, { NAME: 'נועה', LAST_NAME: 'כהן', WORK_POSITION: 'מנהלת משרד', gender: 'F' }],
  [
    144,
    {
      NAME: 'Nguyễn Thị',
      LAST_NAME: 'Hương',
      SECOND_NAME: 'Minh',
      WORK_POSITION: 'Kế toán trưởng',
      gender: 'F',
    },
  ],
])

/**
 * The outgoing lines voximplant.line.get lists (rented numbers, cloud SIP `reg…`, office SIP `sip…`),
 * as their administrators typed them: the method sends them HTML-escaped.
 */
export const LINES: Readonly<Record<string, string>> = {
  '74951234567': '+7 495 123-45-67',
  '4930123456789': '+49 30 12345-6789 (Berlin office)',
  reg12: 'Cloud PBX',
  reg15: 'Cloud PBX <backup> & "fax"',
  sip3: 'Office PBX',
  sip7: "Office PBX, O'Neil's floor",
}
/** A line a user still points at although it was removed: the app must show the raw id. */
export const STALE_LINE = 'sip99'

/**
 * Word lists for the demo portal (`npm start`, the Market's screenshots): a believable company with
 * people from several countries. Nothing awkward here: hostile names stay in the test seed (names.ts).
 */

export interface DemoLocale {
  female: readonly string[]
  male: readonly string[]
  /** Family names as a man bears them. */
  lastNames: readonly string[]
  /** Family names as a woman bears them, where the language changes them (Ivanov → Ivanova). */
  femaleLastNames?: readonly string[]
  /** Patronymics (SECOND_NAME), where the language has them: [female, male] endings from a father's name. */
  patronymic?: (father: string) => [string, string]
}

function words(list: string): readonly string[] {
  return list.split('|')
}

export const DEMO_LOCALES: readonly DemoLocale[] = [
  {
    female: words('Emily|Sarah|Olivia|Jessica|Rachel|Laura|Hannah|Charlotte|Megan|Grace'),
    male: words('James|Daniel|Michael|Thomas|Ryan|Matthew|Andrew|Christopher|Jack|Samuel'),
    lastNames: words('Walker|Bennett|Hughes|Carter|Mitchell|Turner|Collins|Parker|Edwards|Foster|Harris'),
  },
  {
    female: words('Katharina|Julia|Lena|Sabine|Anja|Miriam|Franziska|Claudia'),
    male: words('Jan|Tobias|Markus|Stefan|Florian|Matthias|Jürgen|Andreas'),
    lastNames: words('Schneider|Becker|Hoffmann|Wagner|Krüger|Schulz|Neumann|Weber|Richter|Lehmann'),
  },
  {
    female: words('Анна|Елена|Мария|Ольга|Татьяна|Наталья|Ирина|Екатерина'),
    male: words('Алексей|Дмитрий|Сергей|Андрей|Михаил|Николай|Павел|Игорь'),
    lastNames: words('Иванов|Смирнов|Кузнецов|Попов|Волков|Соколов|Морозов|Лебедев|Новиков'),
    femaleLastNames: words('Иванова|Смирнова|Кузнецова|Попова|Волкова|Соколова|Морозова|Лебедева|Новикова'),
    patronymic: (father) => [`${father}овна`, `${father}ович`],
  },
  {
    female: words('Lucía|Carmen|Elena|Marta|Paula|Isabel|Cristina|Pilar'),
    male: words('Javier|Carlos|Pablo|Alejandro|Diego|Miguel|Jorge|Sergio'),
    lastNames: words('García|Fernández|López|Martínez|Sánchez|Romero|Navarro|Ortega|Ruiz|Morales'),
  },
  {
    female: words('Beatriz|Camila|Fernanda|Juliana|Mariana|Letícia|Patrícia|Renata'),
    male: words('João|Rafael|Gustavo|Bruno|Thiago|Rodrigo|Felipe|Lucas'),
    lastNames: words('Souza|Oliveira|Pereira|Almeida|Ribeiro|Carvalho|Gomes|Barbosa|Rocha|Teixeira'),
  },
  {
    female: words('Camille|Élodie|Manon|Claire|Sophie|Amélie'),
    male: words('Nicolas|Julien|Mathieu|Antoine|Olivier|Guillaume'),
    lastNames: words('Martin|Bernard|Lefèvre|Girard|Fontaine|Chevalier|Rousseau|Mercier'),
  },
  {
    female: words('Agnieszka|Katarzyna|Magdalena|Joanna|Monika'),
    male: words('Piotr|Tomasz|Krzysztof|Marcin|Paweł'),
    lastNames: words('Nowak|Wiśniewski|Kamiński|Lewandowski|Zieliński|Wójcik'),
    femaleLastNames: words('Nowak|Wiśniewska|Kamińska|Lewandowska|Zielińska|Wójcik'),
  },
  {
    female: words('Giulia|Francesca|Chiara|Valentina|Silvia'),
    male: words('Marco|Luca|Alessandro|Davide|Matteo'),
    lastNames: words('Bianchi|Romano|Colombo|Ricci|Marino|Greco|Conti'),
  },
]

/** Fathers' names the Russian patronymics are built from (Сергеевич would need another ending). */
export const PATRONYMIC_ROOTS = words('Иван|Петр|Александр|Владимир|Борис|Олег|Виктор|Роман')

/**
 * The company's departments: name, parent (by index in this list; -1 is the company itself) and the
 * positions people there hold. Department ids are the index plus 2.
 */
export const DEMO_DEPARTMENTS: ReadonlyArray<{ name: string; parent: number; positions: readonly string[] }> =
  [
    { name: 'Sales', parent: -1, positions: words('Sales director|Sales manager|Account executive') },
    {
      name: 'Inside sales',
      parent: 0,
      positions: words('Sales representative|Inside sales manager|Team lead'),
    },
    { name: 'Key accounts', parent: 0, positions: words('Key account manager|Senior account manager') },
    {
      name: 'Customer support',
      parent: -1,
      positions: words('Head of support|Support engineer|Support specialist'),
    },
    {
      name: 'Call centre',
      parent: 3,
      positions: words('Call centre operator|Shift supervisor|Quality analyst'),
    },
    {
      name: 'Marketing',
      parent: -1,
      positions: words('Marketing manager|Content editor|Designer|Event manager'),
    },
    { name: 'Finance', parent: -1, positions: words('Chief financial officer|Financial analyst|Controller') },
    { name: 'Accounting', parent: 6, positions: words('Chief accountant|Accountant|Payroll specialist') },
    { name: 'Human resources', parent: -1, positions: words('HR manager|Recruiter|HR specialist') },
    {
      name: 'IT',
      parent: -1,
      positions: words('System administrator|Telephony engineer|Developer|Help desk'),
    },
    { name: 'Logistics', parent: -1, positions: words('Logistics manager|Dispatcher|Logistics coordinator') },
    {
      name: 'Warehouse',
      parent: 10,
      positions: words('Warehouse manager|Warehouse operator|Forklift driver'),
    },
    { name: 'Legal', parent: -1, positions: words('General counsel|Lawyer|Paralegal') },
    {
      name: 'Berlin office',
      parent: -1,
      positions: words('Office manager|Regional sales manager|Receptionist'),
    },
    {
      name: 'Madrid office',
      parent: -1,
      positions: words('Office manager|Regional sales manager|Receptionist'),
    },
    {
      name: 'São Paulo office',
      parent: -1,
      positions: words('Office manager|Regional sales manager|Receptionist'),
    },
  ]

/**
 * Outgoing lines with the names an administrator would give them. The ids are the test seed's (its
 * users' DEFAULT_LINE draws point at them); no name is, so a screenshot's text tells the two apart.
 */
export const DEMO_LINES: Readonly<Record<string, string>> = {
  '74951234567': 'Moscow +7 495 640-18-22',
  '4930123456789': 'Berlin +49 30 901820',
  reg12: 'Cloud PBX: main',
  reg15: 'Cloud PBX: support hotline',
  sip3: 'Office PBX (London)',
  sip7: 'Office PBX (Madrid)',
}

/** Who runs the app on the demo portal: user 1, an administrator. */
export const DEMO_ADMIN = { NAME: 'Rachel', LAST_NAME: 'Morgan', WORK_POSITION: 'Head of IT' } as const

import { FIXED_DEPARTMENTS, LINES, SPECIAL_PEOPLE } from './names.ts'
import { photoFile } from './photo.ts'
import { seedPortal } from './seed.ts'

const options = {
  employees: 200,
  seed: 1,
  photoBaseUrl: 'http://portal.test',
  portalName: 'Northwind Trading',
  dataset: 'demo',
} as const

const fullName = (fields: { NAME: string; LAST_NAME: string }) => `${fields.NAME} ${fields.LAST_NAME}`

describe('the demo portal', () => {
  test('no name, position, department or line of the test seed', () => {
    const data = seedPortal(options)
    const testNames = [...SPECIAL_PEOPLE.values()].filter((p) => p.NAME.trim() !== '').map(fullName)
    const shown = data.users.map((u) => `${fullName(u.fields)} ${u.fields.WORK_POSITION}`).join('\n')
    for (const name of testNames.filter((n) => n !== 'Anna Petrova')) expect(shown).not.toContain(name)
    expect(shown).not.toMatch(/[<>"]|\p{Extended_Pictographic}|[\u0590-\u06ff]/u)
    for (const user of data.users) {
      expect(user.fields.NAME.trim()).not.toBe('')
      expect(user.fields.LAST_NAME.trim()).not.toBe('')
      expect(user.fields.WORK_POSITION.length).toBeLessThan(40)
    }
    const departments = data.departments.filter((d) => d.active).map((d) => d.name)
    // Plain ones (Sales, Support) are fine in both; the awkward ones are the test seed's own.
    for (const name of FIXED_DEPARTMENTS.filter((n) => !/^[A-Za-z ]+$/.test(n)))
      expect(departments).not.toContain(name)
    expect(Object.values(data.lines).join()).not.toMatch(/[<>&"]/)
    expect(Object.values(data.lines)).not.toEqual(Object.values(LINES))
  })

  test('people from several languages, in departments like a company', () => {
    const data = seedPortal(options)
    const names = data.users.map((u) => fullName(u.fields)).join('\n')
    expect(names).toMatch(/[А-Яа-я]/)
    expect(names).toMatch(/[äöüÄÖÜß]|ü/)
    expect(names).toMatch(/[áéíóúãç]/)
    expect(data.usersById.get(1)?.fields).toMatchObject({ NAME: 'Rachel', LAST_NAME: 'Morgan' })
    expect(data.departments.map((d) => d.name)).toEqual(
      expect.arrayContaining(['Northwind Trading', 'Sales', 'Customer support', 'Call centre']),
    )
    const heads = data.departments.filter((d) => d.name === 'Sales').map((d) => d.head)
    expect(data.usersById.get(heads[0] ?? 0)?.fields.WORK_POSITION).toBe('Sales director')
  })

  test('behaves like the test portal of its size: the same ids, types, activity and extensions', () => {
    const demo = seedPortal(options)
    const test = seedPortal({ ...options, dataset: 'test' })
    const shape = (data: typeof demo) =>
      data.users.map((u) => [u.id, u.isAdmin, u.fields.USER_TYPE, u.fields.ACTIVE, u.fields.UF_PHONE_INNER])
    expect(shape(demo)).toEqual(shape(test))
  })

  test('a large portal: extensions are at most 4 digits and most employees have none', () => {
    const data = seedPortal({ ...options, employees: 20_000 })
    const extensions = data.users.map((u) => u.fields.UF_PHONE_INNER).filter((e) => e !== '')
    for (const extension of extensions) expect(extension).toMatch(/^\d{1,4}$/)
    expect(extensions.length).toBeLessThan(data.employees / 2)
  })

  test('photos are portraits: their own files, not the test identicons', () => {
    const data = seedPortal(options)
    const url = data.users.find((u) => u.fields.PERSONAL_PHOTO !== '')?.fields.PERSONAL_PHOTO ?? ''
    expect(url).toMatch(/\/portrait-\d+\.png$/)
    const file = photoFile(new URL(url).pathname)
    expect(file?.contentType).toBe('image/png')
    const identicon = photoFile(new URL(url.replace('/portrait-', '/avatar-')).pathname)
    expect(file?.body.equals(identicon?.body ?? Buffer.alloc(0))).toBe(false)
  })
})

import { createMatcher } from '../match.ts'
import type { ImportEmployee } from '../types.ts'

const employee = (id: number, fullName: string, more: Partial<ImportEmployee> = {}): ImportEmployee => ({
  id,
  fullName,
  email: `user${id}@example.com`,
  extension: null,
  active: true,
  ...more,
})

const staff = [
  employee(1, 'Anna Petrova', { extension: '101' }),
  employee(2, 'José Peña', { email: 'Jose.Pena@Example.com' }),
  employee(3, 'Ivan Sidorov', { extension: '103' }),
  employee(4, 'Ivan Sidorov', { extension: '103' }),
  employee(5, 'Olga Smirnova', { active: false, extension: '105' }),
  employee(6, 'Анна Петрова'),
]

describe('createMatcher', () => {
  const match = createMatcher(staff)

  test('by Bitrix24 user ID', () => {
    expect(match('id', ' 1 ')).toMatchObject({ kind: 'found', employee: { id: 1 } })
    expect(match('id', '99')).toEqual({ kind: 'not-found' })
    expect(match('id', 'abc')).toEqual({ kind: 'not-found' })
    expect(match('id', '5')).toMatchObject({ kind: 'inactive', employee: { id: 5 } })
  })

  test('by e-mail, case ignored; without the scope user e-mails are not available', () => {
    expect(match('email', 'jose.pena@example.COM')).toMatchObject({ kind: 'found', employee: { id: 2 } })
    const noEmails = createMatcher(staff.map((e) => ({ ...e, email: null })))
    expect(noEmails('email', 'user1@example.com')).toEqual({ kind: 'email-unavailable' })
  })

  test('by full name: any word order, case and accents ignored; namesakes are ambiguous', () => {
    expect(match('name', 'PETROVA anna')).toMatchObject({ kind: 'found', employee: { id: 1 } })
    expect(match('name', 'Jose Pena')).toMatchObject({ kind: 'found', employee: { id: 2 } })
    expect(match('name', 'Ivan Sidorov')).toEqual({ kind: 'ambiguous', candidates: [3, 4] })
    expect(match('name', 'Olga Smirnova')).toMatchObject({ kind: 'inactive' })
    expect(match('name', 'Nobody Here')).toEqual({ kind: 'not-found' })
  })

  test('a full name with the patronymic finds the employee', () => {
    expect(match('name-parts', 'Петрова Анна Андреевна')).toMatchObject({
      kind: 'found',
      employee: { id: 6 },
    })
  })

  test('by current extension (a renumbering): a shared number is ambiguous, a dismissed holder does not count', () => {
    expect(match('extension', '10-1')).toMatchObject({ kind: 'found', employee: { id: 1 } })
    expect(match('extension', '103')).toEqual({ kind: 'ambiguous', candidates: [3, 4] })
    expect(match('extension', '105')).toMatchObject({ kind: 'inactive' })
    expect(match('extension', '')).toEqual({ kind: 'empty' })
  })
})

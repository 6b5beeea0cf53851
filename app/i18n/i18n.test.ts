import { createI18n, setLanguage } from './i18n.ts'

test.each([
  ['ru', 1, '1 из 1 сотрудника'],
  ['ru', 2, '2 из 2 сотрудников'],
  ['ru', 5, '5 из 5 сотрудников'],
  ['ru', 21, '21 из 21 сотрудника'],
  ['de', 1, '1 von 1 Mitarbeiter'],
  ['de', 2, '2 von 2 Mitarbeitern'],
  ['en', 1, '1 of 1 employee'],
  ['en', 10000, '10,000 of 10,000 employees'],
] as const)('%s, %i employees: "%s"', async (lang, count, text) => {
  const i18n = createI18n()
  await setLanguage(i18n, lang)
  expect(i18n.t('users.count', { count, shown: count })).toBe(text)
})

test('Bitrix24 codes map to catalogs; unknown ones fall back to English', async () => {
  const i18n = createI18n()
  await setLanguage(i18n, 'la')
  expect(i18n.language).toBe('es')
  await setLanguage(i18n, 'br')
  expect(i18n.language).toBe('pt-BR')
  await setLanguage(i18n, 'tr')
  expect(i18n.language).toBe('en')
  expect(i18n.t('approval.checkAgain')).toBe('Check again')
})

test('numbers are grouped the language’s way, and every catalog’s number format is the plain one', async () => {
  const i18n = createI18n()
  await setLanguage(i18n, 'de')
  expect(i18n.t('users.count', { count: 12345, shown: 1234 })).toBe('1.234 von 12.345 Mitarbeitern')
  await setLanguage(i18n, 'ru')
  expect(i18n.t('users.count', { count: 12345, shown: 1234 })).toMatch(/^1\s234 из 12\s345 сотрудников$/)
  // The number formatter takes no options (app/i18n/i18n.ts): a catalog asking for some would lose them.
  const catalogs = import.meta.glob<string>('./locales/*.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  })
  const withOptions = Object.entries(catalogs).filter(([, text]) => /,\s*number\s*\(/.test(text))
  expect(Object.keys(catalogs).length).toBeGreaterThan(4)
  expect(withOptions).toEqual([])
})

import type { TFunction } from 'i18next'
import { createI18n, setLanguage } from '@/i18n/i18n.ts'
import { rememberingTexts } from './row-text.tsx'

/** The labels that name the employee, as the rows and the panel ask for them. */
const NAMED = [
  'bulk.selectRow',
  'phone.switchLabel',
  'sip.copyServer',
  'sip.copyLogin',
  'sip.copyPassword',
  'sip.show',
  'sip.hide',
  'extension.edit',
  'toggle.failedOn',
] as const
const NAMES = ['Anna Petrova', 'Ångström Łukasz-Żółć', '$& $1 {{name}} %s', '', 'Иван Петров']

/** `t` that counts what it is asked. */
function counting(t: TFunction): { t: TFunction; calls: () => number } {
  let calls = 0
  const counted = ((...args: Parameters<TFunction>) => {
    calls++
    return (t as unknown as (...a: unknown[]) => string)(...args)
  }) as unknown as TFunction
  return { t: counted, calls: () => calls }
}

test.each(['en', 'ru', 'de'])("gives i18next's own texts, in %s", async (lang) => {
  const i18n = createI18n()
  await setLanguage(i18n, lang)
  const remembering = rememberingTexts(i18n.t)
  for (const key of NAMED) {
    for (const name of NAMES) expect(remembering(key, { name })).toBe(i18n.t(key, { name }))
  }
  expect(remembering('sip.masked')).toBe(i18n.t('sip.masked'))
  expect(remembering('users.count', { count: 1200, shown: 3 })).toBe(
    i18n.t('users.count', { count: 1200, shown: 3 }),
  )
})

test('asks i18next once per key and language, whatever the name', () => {
  const { t, calls } = counting(createI18n().t)
  const remembering = rememberingTexts(t)
  for (const name of NAMES) {
    remembering('sip.copyLogin', { name })
    remembering('sip.masked')
  }
  expect(calls()).toBe(2)
  expect(remembering('sip.copyLogin', { name: 'Omar Nguyen' })).toBe('Copy SIP login of Omar Nguyen')
  expect(calls()).toBe(2)
})

test('passes other options to i18next each time: counts and formats are not a name', () => {
  const { t, calls } = counting(createI18n().t)
  const remembering = rememberingTexts(t)
  expect(remembering('users.count', { count: 2, shown: 1 })).toBe('1 of 2 employees')
  expect(remembering('users.count', { count: 1, shown: 1 })).toBe('1 of 1 employee')
  expect(calls()).toBe(2)
})

test('does not remember a text that has not loaded yet', () => {
  const i18n = createI18n()
  const remembering = rememberingTexts(i18n.t)
  const key = 'test.later' as 'sip.masked'
  expect(remembering(key)).toBe(key)
  expect(remembering(key, { name: 'Anna' })).toBe(key)
  i18n.addResourceBundle('en', 'translation', { test: { later: 'Later for {{name}}' } }, true, true)
  expect(remembering(key, { name: 'Anna' })).toBe('Later for Anna')
  expect(remembering(key, { name: 'Omar' })).toBe('Later for Omar')
})

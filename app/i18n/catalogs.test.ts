import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { compareCatalog, unusedKeys } from './catalog-check.ts'
import { de } from './locales/de.ts'
import { en } from './locales/en.ts'
import { es } from './locales/es.ts'
import { ptBR } from './locales/pt-br.ts'
import { ru } from './locales/ru.ts'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'locales' || name === 'test' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

test('every English text is used by the app', () => {
  const sources = sourceFiles('app').map((path) => readFileSync(path, 'utf8'))
  expect(unusedKeys(en, sources)).toEqual([])
})

test.each([
  ['ru', ru],
  ['de', de],
])('%s is complete: every key, every plural form the language needs, nothing extra', (locale, catalog) => {
  expect(compareCatalog(en, catalog, locale)).toEqual({ missing: [], extra: [] })
})

test.each([
  ['es', es],
  ['pt-BR', ptBR],
])('%s has no key English lacks (missing ones fall back to English)', (locale, catalog) => {
  expect(compareCatalog(en, catalog, locale).extra).toEqual([])
})

test('the check itself notices a missing plural form and an unused key', () => {
  const source = { a: { n_one: '1', n_other: 'n' }, b: 'x' }
  expect(compareCatalog(source, { a: { n_one: '1', n_other: 'n' }, b: 'x' }, 'ru').missing).toEqual([
    'a.n_few',
    'a.n_many',
  ])
  expect(unusedKeys(source, ["t('a.n', { count })"])).toEqual(['b'])
  expect(unusedKeys(source, ['t(`a.${x}`)', "t('b')"])).toEqual([])
})

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { compareCatalog, unusedKeys, type Tree } from './catalog-check.ts'
import { de } from './locales/de.ts'
import { en as firstScreen } from './locales/en.ts'
import { enLater } from './locales/en-later.ts'
import { es } from './locales/es.ts'
import { ptBR } from './locales/pt-br.ts'
import { ru } from './locales/ru.ts'

/** English as the app ends up with it: the first screen's texts and those loaded with lazy parts. */
function merge(a: object, b: object): object {
  const out: Record<string, unknown> = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key]
    out[key] =
      typeof mine === 'object' && mine !== null && typeof value === 'object' ? merge(mine, value) : value
  }
  return out
}
const en = merge(firstScreen, enLater) as Tree

test('the later texts add to the first screen’s and replace none of them', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    )
  const first = new Set(keys(firstScreen))
  expect(keys(enLater).filter((key) => first.has(key))).toEqual([])
})

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

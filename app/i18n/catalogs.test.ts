import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { compareCatalog, unusedKeys } from './catalog-check.ts'
import { en } from './locales/en.ts'

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

test('the check itself notices a missing plural form and an unused key', () => {
  const source = { a: { n_one: '1', n_other: 'n' }, b: 'x' }
  expect(compareCatalog(source, { a: { n_one: '1', n_other: 'n' }, b: 'x' }, 'ru').missing).toEqual([
    'a.n_few',
    'a.n_many',
  ])
  expect(unusedKeys(source, ["t('a.n', { count })"])).toEqual(['b'])
  expect(unusedKeys(source, ['t(`a.${x}`)', "t('b')"])).toEqual([])
})

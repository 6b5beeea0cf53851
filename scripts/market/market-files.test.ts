import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { FIXED_DEPARTMENTS, LINES, LONG_LAST_NAME, SPECIAL_PEOPLE } from '../../e2e/portal/engine/names.ts'
import { seedPortal } from '../../e2e/portal/engine/seed.ts'
import { isOpaque, readPngHeader } from './png-header.ts'
import { DEMO_PORTAL, MARKET_DIR, SHOT_LANGUAGES, SHOT_SIZE, type ShotRecord } from './shots.ts'

const LISTING_LANGUAGES = ['en', 'ru', 'de', 'es', 'pt-br']

/**
 * The test seed's awkward strings a Market screenshot must never show (the Market turns away test
 * data): every special person's name and position that is not plain, the awkward departments and lines.
 */
export const TEST_SEED_MARKERS: readonly string[] = [
  ...[...SPECIAL_PEOPLE.values()].flatMap((p) => [p.NAME.trim(), p.LAST_NAME.trim(), p.WORK_POSITION.trim()]),
  ...FIXED_DEPARTMENTS,
  ...Object.values(LINES),
  LONG_LAST_NAME.slice(0, 40),
]
  .map((text) => text.slice(0, 40))
  .filter((text) => text.length > 2 && !/^[A-Za-z ]+$/.test(text))

const pngs = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.png'))

describe('the Market icon', () => {
  test.each([
    [path.join(MARKET_DIR, 'icon.png'), 250, 650],
    ['public/icon.png', 16, 650],
  ])('%s is a square opaque PNG of the allowed size', (file, min, max) => {
    const header = readPngHeader(readFileSync(file))
    expect(header.width).toBe(header.height)
    expect(header.width).toBeGreaterThanOrEqual(min)
    expect(header.width).toBeLessThanOrEqual(max)
    expect(isOpaque(header), `${file} has transparency`).toBe(true)
  })
})

describe.each(SHOT_LANGUAGES)('screenshots in %s', (lang) => {
  const dir = path.join(MARKET_DIR, 'screenshots', lang)
  const demoNames = seedPortal({ ...DEMO_PORTAL, photoBaseUrl: '', portalName: 'Northwind Trading' })
    .users.filter((u) => u.fields.USER_TYPE === 'employee')
    .map((u) => `${u.fields.NAME} ${u.fields.LAST_NAME}`)

  test('at least four, named NN-name.png, none over 1280×720', () => {
    const files = pngs(dir)
    expect(files.length).toBeGreaterThanOrEqual(4)
    for (const file of files) {
      expect(file).toMatch(/^\d\d-[a-z-]+\.png$/)
      const header = readPngHeader(readFileSync(path.join(dir, file)))
      expect(header.width).toBeLessThanOrEqual(SHOT_SIZE.width)
      expect(header.height).toBeLessThanOrEqual(SHOT_SIZE.height)
    }
  })

  test('each was taken of the demo portal in its language, and shows no test data', () => {
    for (const file of pngs(dir)) {
      const recordFile = path.join(dir, file.replace(/\.png$/, '.json'))
      expect(existsSync(recordFile), `${recordFile} missing: run npm run market`).toBe(true)
      const record = JSON.parse(readFileSync(recordFile, 'utf8')) as ShotRecord
      // The record belongs to this very picture, not to an earlier one.
      expect(record.sha256).toBe(
        createHash('sha256')
          .update(readFileSync(path.join(dir, file)))
          .digest('hex'),
      )
      expect(record).toMatchObject({ lang, dataset: 'demo', inSlider: true })
      for (const marker of TEST_SEED_MARKERS)
        expect(record.text, `${file} shows "${marker}"`).not.toContain(marker)
      // Real people of the demo company are on screen (so the text was really read).
      expect(
        demoNames.some((name) => record.text.includes(name)),
        file,
      ).toBe(true)
    }
  })
})

describe.each(LISTING_LANGUAGES)('listing.%s.md', (lang) => {
  const file = path.join(MARKET_DIR, `listing.${lang}.md`)
  const en = readFileSync(path.join(MARKET_DIR, 'listing.en.md'), 'utf8')
  const sections = (text: string) => text.split('\n').filter((line) => line.startsWith('## '))

  test('has every section the English one has, and names what the app needs', () => {
    const text = readFileSync(file, 'utf8')
    expect(sections(text)).toHaveLength(sections(en).length)
    expect(sections(en).length).toBeGreaterThanOrEqual(7)
    for (const term of [
      'telephony',
      'user_brief',
      'department',
      'voximplant.user.get',
      '/telephony/users.php',
    ])
      expect(text).toContain(term)
  })

  test('is in its own language', () => {
    const text = readFileSync(file, 'utf8')
    if (lang === 'en') return
    expect(text).not.toBe(en)
    const markers: Record<string, RegExp> = {
      ru: /[а-яё]{4,}/,
      de: /\b(und|die|der|nicht)\b/,
      es: /\b(los|las|para|que)\b/,
      'pt-br': /\b(não|para|dos|que)\b/,
    }
    expect(text).toMatch(markers[lang] ?? /./)
  })
})

test('the check would catch the test seed on screen', () => {
  const testPortal = seedPortal({ ...DEMO_PORTAL, dataset: 'test', photoBaseUrl: '', portalName: 'x' })
  const screen = testPortal.users
    .slice(0, 40)
    .map((u) => `${u.fields.NAME} ${u.fields.LAST_NAME}\n${u.fields.WORK_POSITION}`)
    .join('\n')
  expect(TEST_SEED_MARKERS.filter((marker) => screen.includes(marker)).length).toBeGreaterThan(5)
  expect(TEST_SEED_MARKERS).toEqual(expect.arrayContaining(['<b>Bold</b>', '<script>alert(1)</script>']))
})

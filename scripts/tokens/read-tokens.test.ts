import { air } from '../../app/air-tokens.ts'
import { airColours, readAirTokens } from './read-tokens.ts'

const tokens = readAirTokens()

test('reads the :root tokens with their var() references resolved', () => {
  expect(tokens.get('--ui-color-accent-main-primary')).toBe('#0075ff')
  // --ui-color-design-selection-bg: var(--ui-color-accent-soft-blue-3)
  expect(tokens.get('--ui-color-design-selection-bg')).toBe('#edf7ff')
  // 007_b24_global.css: --ui-btn-radius: var(--ui-border-radius-2xs)
  expect(tokens.get('--ui-btn-radius')).toBe('4px')
  expect([...tokens.values()].filter((value) => value.includes('var('))).toEqual([])
})

test('a context other than :root does not override the light values', () => {
  // `.light .base-mode` sets the content background to another token; :root keeps #fff.
  expect(tokens.get('--ui-color-bg-content-primary')).toBe('#fff')
})

test('the allowed colours are the literals the tokens hold, shadows included', () => {
  const colours = airColours(tokens)
  expect(colours).toEqual(expect.arrayContaining(['#0075ff', '#333', '#525c69', 'rgba(0,0,0,.08)']))
  expect(colours).not.toContain('#495057') // Mantine's grey is not Bitrix24's
})

test('app/air-tokens.ts holds exactly what the token files say (regenerate with npm run tokens)', () => {
  for (const [name, value] of Object.entries(air))
    expect([name, tokens.get(`--${name}`)]).toEqual([name, value])
})

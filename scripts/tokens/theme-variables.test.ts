import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { air } from '../../app/air-tokens.ts'
import { renderThemeVariables, THEME_VARIABLES_FILE } from './theme-variables.ts'

describe('app/theme-variables.css', () => {
  it('is what MantineProvider renders for the current theme (run `npm run tokens` after changing app/theme.ts)', async () => {
    expect(readFileSync(THEME_VARIABLES_FILE, 'utf8')).toBe(await renderThemeVariables())
  })

  it("holds the theme's Air values over Mantine's defaults", async () => {
    const css = await renderThemeVariables()
    expect(css).toContain(`--mantine-color-bitrix-6: ${air['ui-color-accent-main-primary']};`)
    expect(css).toContain('--mantine-primary-color-filled: var(--mantine-color-bitrix-filled);')
    // The resolver's light scheme (the frame is always light): links in Air's link colour.
    const light = /:root\[data-mantine-color-scheme='light'\][^{]*\{([^}]*)\}/.exec(css)?.[1]
    expect(light).toContain(`--mantine-color-anchor: ${air['ui-color-accent-main-link']};`)
    expect(css).not.toContain("color-scheme='dark'")
  })
})

import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { appFrameOf, foreignColours } from './look/colours.ts'
import {
  ALL_SCOPES,
  openAssign,
  openBulk,
  openEditor,
  openExport,
  openList,
  openPanel,
  PAGE_AROUND_FRAME,
} from './look/screens.ts'

/** Serious and critical accessibility problems inside the app's frame. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('iframe[name*="|"]').analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/** Every colour on screen is Bitrix24's, and nothing a screen reader or keyboard user meets is broken. */
async function expectAirAndAccessible(page: Page, screen: string) {
  expect(
    await foreignColours(appFrameOf(page)),
    `colours that are not Bitrix24 Air tokens: ${screen}`,
  ).toEqual([])
  expect(await seriousViolations(page), `axe: ${screen}`).toEqual([])
}

test.describe('Bitrix24 Air colours only, axe clean', () => {
  test.use({
    viewport: { width: 1000 + PAGE_AROUND_FRAME, height: 900 },
    portalOptions: {
      employees: 60,
      seed: 7,
      settings: { confirmationRequired: false, appScopes: ALL_SCOPES },
    },
  })

  test('the list, a row under the pointer, a field with the focus ring', async ({ app, page }) => {
    await openList(app)
    await app.getByRole('row').nth(2).hover()
    await app.getByRole('searchbox', { name: 'Search by name or extension' }).focus()
    await page.keyboard.press('Tab') // the focus ring shows for the keyboard
    await expectAirAndAccessible(page, 'the list')
  })

  test('the employee panel', async ({ app, page, portal }) => {
    await openList(app)
    await openPanel(app, portal)
    await expectAirAndAccessible(page, 'the employee panel')
  })

  test('the extension editor, with its message', async ({ app, page, portal }) => {
    await openList(app)
    const editor = await openEditor(app, portal)
    await editor.fill('12345')
    await editor.press('Enter')
    await expect(app.getByRole('alert')).toBeVisible()
    await expectAirAndAccessible(page, 'the extension editor')
  })

  for (const [name, open] of [
    ['the bulk dialog', openBulk],
    ['the export dialog', openExport],
    ['the assign extensions dialog', openAssign],
  ] as const) {
    test(name, async ({ app, page }) => {
      await openList(app)
      await open(app)
      await expectAirAndAccessible(page, name)
    })
  }

  test('a notification', async ({ app, page, portal }) => {
    await openList(app)
    portal.engine.updateSettings({
      faults: { rate: 1, kinds: ['error500'], scope: 'writes', when: 'before' },
    })
    await app.getByRole('switch', { disabled: false }).first().press('Space')
    await expect(app.getByRole('alert').filter({ hasText: /SIP phone/ })).toBeVisible({ timeout: 30_000 })
    await expectAirAndAccessible(page, 'a notification')
  })

  test('the results of a bulk run', async ({ app, page }) => {
    await openList(app)
    const dialog = await openBulk(app)
    await dialog.getByRole('button', { name: 'Switch on' }).click()
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible()
    await expectAirAndAccessible(page, 'the bulk results')
  })
})

test.describe('the colour check itself', () => {
  test.use({ portalOptions: { settings: { confirmationRequired: false } } })

  test("names a colour that is not Bitrix24's, and where it is", async ({ app, page }) => {
    await openList(app)
    const frame = appFrameOf(page)
    await frame.evaluate(() => {
      const stray = document.createElement('p')
      stray.textContent = 'Stray'
      stray.style.cssText = 'color: #123456; border: 1px solid rgb(1, 2, 3); box-shadow: 0 0 2px #fedcba'
      document.body.append(stray)
    })
    const found = await foreignColours(frame)
    expect(found.map(({ colour, property }) => `${property}: ${colour}`).sort()).toEqual([
      'border-bottom-color: rgb(1, 2, 3)',
      'border-left-color: rgb(1, 2, 3)',
      'border-right-color: rgb(1, 2, 3)',
      'border-top-color: rgb(1, 2, 3)',
      'box-shadow: rgb(254, 220, 186)',
      'color: rgb(18, 52, 86)',
    ])
    expect(found[0]?.element).toContain('"Stray"')
  })
})

test.describe('the approval banner', () => {
  test.use({ viewport: { width: 1000 + PAGE_AROUND_FRAME, height: 900 } })

  test('in Bitrix24 Air colours, axe clean', async ({ app, page }) => {
    await expect(app.getByRole('alert').filter({ hasText: 'approval' })).toBeVisible()
    await expectAirAndAccessible(page, 'the approval banner')
  })
})

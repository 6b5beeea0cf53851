import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { appClockOffset } from './helpers.ts'

/** Serious and critical accessibility violations inside the app's frame. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('iframe[name*="|"]').analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

test.describe('a German portal', () => {
  test.use({ portalOptions: { settings: { lang: 'de', confirmationRequired: false } } })

  test('shows the app in German, with German plurals', async ({ app }) => {
    await expect(app.getByRole('searchbox', { name: 'Nach Name oder Durchwahl suchen' })).toBeVisible()
    await expect(app.getByRole('status').filter({ hasText: /^\d+ von \d+ Mitarbeitern$/ })).toBeVisible()
    await expect(app.locator('html')).toHaveAttribute('lang', 'de')
    await app
      .getByRole('checkbox', { name: /^.+ auswählen$/ })
      .nth(1)
      .check()
    await expect(app.getByRole('region', { name: '1 ausgewählt' })).toBeVisible()
  })
})

test.describe('a Russian portal', () => {
  test.use({ portalOptions: { settings: { lang: 'ru' } } })

  test('shows the app and the approval banner in Russian', async ({ app }) => {
    await expect(app.getByRole('alert')).toContainText('Разрешить на час')
    const count = app.getByRole('status').filter({ hasText: / из \d+ сотрудник/ })
    const total = Number((await count.textContent())?.match(/из (\d+)/)?.[1])
    const form = new Intl.PluralRules('ru').select(total) === 'one' ? 'сотрудника' : 'сотрудников'
    await expect(count).toHaveText(`${total} из ${total} ${form}`)
  })
})

test.describe('install mode', () => {
  // Bitrix24 never answers setInstallFinish: it finishes on the server, then reloads the portal page.
  test.use({
    portalOptions: {
      settings: { installMode: true, confirmationRequired: false, frame: { installReloadDelayMs: 8_000 } },
    },
    fakeClock: true,
  })

  test('states what the app needs and finishes installation', async ({ app, page }) => {
    await expect(app.getByRole('heading', { name: 'Install SIP phones' })).toBeVisible()
    await expect(app.getByText('telephony, user_brief, department')).toBeVisible()
    await expect(app.getByText('User Settings — Modify')).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await app.getByRole('button', { name: 'Finish installation' }).click()
    // A slow reload: the page says it is finishing, and nothing says it failed.
    await expect(app.getByRole('status').filter({ hasText: 'Finishing the installation' })).toBeVisible()
    // Longer than any timeout the app used to give the parent, on the clock of every frame.
    await page.clock.fastForward(6_000)
    await expect.poll(() => appClockOffset(page)).toBeGreaterThan(5_000)
    await expect(app.getByText('Installation could not be finished')).toHaveCount(0)
    await expect(app.getByRole('status').filter({ hasText: 'Finishing the installation' })).toBeVisible()
    await expect(page).toHaveURL(/install_finished=Y/, { timeout: 15_000 })
    await expect(page.getByText('Installation finished')).toBeVisible()
    await expect(app.getByRole('switch').first()).toBeVisible()
    await expect(app.getByRole('button', { name: 'Finish installation' })).toHaveCount(0)
  })
})

test.describe('accessibility', () => {
  test('the approval banner and the list have no serious violations', async ({ app, page }) => {
    await expect(app.getByRole('alert')).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test.describe('with settings readable', () => {
    test.use({ portalOptions: { settings: { confirmationRequired: false } } })

    test('the list and the bulk dialog have no serious violations; all is reachable by keyboard', async ({
      app,
      page,
    }) => {
      await expect(app.getByRole('switch').first()).toBeEnabled()
      expect(await seriousViolations(page)).toEqual([])

      // Keyboard only: search, then tab to the first row's checkbox and switch.
      await app.getByRole('searchbox').focus()
      await page.keyboard.type('a')
      await page.keyboard.press('Tab')
      await expect(app.getByRole('combobox', { name: 'Department' })).toBeFocused()
      await app.getByRole('checkbox', { name: /^Select all/ }).focus()
      await page.keyboard.press('Space')
      await app.getByRole('button', { name: 'Switch off' }).focus()
      await page.keyboard.press('Enter')
      await expect(app.getByRole('dialog')).toBeVisible()
      expect(await seriousViolations(page)).toEqual([])
      await page.keyboard.press('Escape')
      await expect(app.getByRole('dialog')).toBeHidden()
    })
  })
})

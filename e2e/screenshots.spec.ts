import { expect, test } from './fixtures.ts'

// The README's pictures, taken from the real app in the local portal on every e2e run.
test.describe('README screenshots', () => {
  test.use({ viewport: { width: 1440, height: 1000 } })

  test('the telephony users screen', async ({ app, page }) => {
    await page.getByRole('button', { name: /Allow/ }).click()
    await expect(app.getByRole('switch').first()).toBeEnabled()
    await expect(app.getByRole('alert')).toHaveCount(0)
    await page.screenshot({ path: 'docs/screenshots/users.png' })
  })

  test('the approval banner', async ({ app, page }) => {
    await expect(app.getByRole('alert').filter({ hasText: 'approval' })).toBeVisible()
    await expect(page.getByRole('button', { name: /Allow/ })).toBeVisible()
    await page.screenshot({ path: 'docs/screenshots/approval.png' })
  })
})

test.describe('README screenshot of the install page', () => {
  test.use({ viewport: { width: 1280, height: 720 }, portalOptions: { settings: { installMode: true } } })

  test('the install page', async ({ app, page }) => {
    await expect(app.getByRole('button', { name: 'Finish installation' })).toBeVisible()
    await page.screenshot({ path: 'docs/screenshots/install.png' })
  })
})

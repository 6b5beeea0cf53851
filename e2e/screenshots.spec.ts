import { expect, test } from './fixtures.ts'

// The screens the README's and the Market's pictures show still render. The pictures themselves come
// from `npm run market` (scripts/market/), with the demo company: `npm test` writes no tracked file.
test.describe('the screens the pictures show', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('the telephony users screen, once an administrator allowed SIP settings', async ({ app, page }) => {
    await page.getByRole('button', { name: /Allow/ }).click()
    await expect(app.getByRole('switch').first()).toBeEnabled()
    await expect(app.getByRole('alert')).toHaveCount(0)
  })

  test('the approval banner beside Bitrix24’s notification', async ({ app, page }) => {
    await expect(app.getByRole('alert').filter({ hasText: 'approval' })).toBeVisible()
    await expect(page.getByRole('button', { name: /Allow/ })).toBeVisible()
  })

  test('the app in the portal’s slider, as the Market opens it', async ({ page, portal }) => {
    await page.goto(`${portal.portalUrl}?slider=app`)
    const slider = page.getByRole('dialog', { name: 'SIP phones' })
    await expect(slider.frameLocator('iframe').getByRole('table').first()).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Local portal controls' })).toBeHidden()
    await slider.getByRole('button', { name: 'Close' }).click()
    await expect(slider).toBeHidden()
    await expect(page.getByRole('heading', { name: 'Local portal controls' })).toBeVisible()
  })
})

test.describe('the install page', () => {
  test.use({ viewport: { width: 1280, height: 720 }, portalOptions: { settings: { installMode: true } } })

  test('says what the app needs and offers Finish installation', async ({ app }) => {
    await expect(app.getByRole('heading', { name: 'Install SIP phones' })).toBeVisible()
    await expect(app.getByRole('button', { name: 'Finish installation' })).toBeVisible()
  })
})

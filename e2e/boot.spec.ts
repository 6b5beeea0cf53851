import { expect, test } from './fixtures.ts'

test('the app boots inside the portal and shows the current user', async ({ app, portal }) => {
  const user = portal.engine.describe().currentUser
  await expect(app.getByRole('banner')).toContainText(user.name)
  await expect(app.getByRole('banner')).toContainText('English')
  await expect(app.getByRole('heading', { name: 'SIP phones' })).toBeVisible()
})

test('opened directly, outside Bitrix24, the app says where to open it', async ({ page, portal }) => {
  await page.goto(portal.appUrl)
  await expect(page.getByRole('heading', { name: 'Open this app from your Bitrix24 portal' })).toBeVisible()
  await expect(page.getByText('Applications section')).toBeVisible()
})

test.describe('when the parent never answers getInitData', () => {
  test.use({ portalOptions: { settings: { frame: { answerInitData: false } } } })
  test('the app stops waiting and says the portal did not answer', async ({ app }) => {
    await expect(app.getByRole('heading', { name: 'Open this app from your Bitrix24 portal' })).toBeVisible({
      timeout: 15_000,
    })
    await expect(app.getByText('did not answer')).toBeVisible()
  })
})

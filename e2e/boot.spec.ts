import { expect, test } from './fixtures.ts'
import { everyoneListed } from './helpers.ts'

test('the app boots inside the portal and lists its employees', async ({ app, portal }) => {
  await expect(app.getByRole('heading', { name: 'SIP phones' })).toBeVisible()
  await expect(app.locator('html')).toHaveAttribute('lang', 'en')
  await expect(everyoneListed(app)).toBeVisible()
  expect(portal.engine.log.some((entry) => entry.method === 'batch' && entry.status === 200)).toBe(true)
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

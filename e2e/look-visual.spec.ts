import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { appFrameOf } from './look/colours.ts'
import { ALL_SCOPES, openBulk, openList, openPanel, PAGE_AROUND_FRAME } from './look/screens.ts'
import { clippedHeaders, scanLastCalls } from './look/table-fit.ts'

/** Every photo in the frame has arrived (or was never asked for): nothing changes under the camera. */
async function photosSettled(page: Page) {
  const frame = appFrameOf(page)
  await expect
    .poll(() =>
      frame.evaluate(() =>
        [...document.images].every((image) => !image.getAttribute('src') || image.complete),
      ),
    )
    .toBe(true)
}

/**
 * The frame's first 700 px: the portal sizes the frame to its content a moment after each change
 * (fitWindow), so its full height is not a fixed quantity; its top part is.
 */
async function expectFrameLike(page: Page, name: string) {
  const box = await page.locator('iframe[name*="|"]').boundingBox()
  if (!box) throw new Error('the app frame is not on screen')
  await expect(page).toHaveScreenshot(name, {
    animations: 'disabled',
    caret: 'hide',
    scale: 'css',
    clip: { x: box.x, y: box.y, width: box.width, height: 700 },
  })
}

test.describe('the Air look, pixel by pixel, in a 1,000 px frame', () => {
  test.use({
    viewport: { width: 1000 + PAGE_AROUND_FRAME, height: 900 },
    contextOptions: { reducedMotion: 'reduce' },
    portalOptions: {
      employees: 60,
      seed: 7,
      settings: { confirmationRequired: false, appScopes: ALL_SCOPES },
    },
  })

  test('the list', async ({ app, page }) => {
    await openList(app)
    await photosSettled(page)
    await expectFrameLike(page, 'list.png')
  })

  test('the employee panel', async ({ app, page, portal }) => {
    await openList(app)
    await openPanel(app, portal)
    await photosSettled(page)
    await expectFrameLike(page, 'panel.png')
  })

  test('the bulk dialog', async ({ app, page }) => {
    await openList(app)
    await openBulk(app)
    await photosSettled(page)
    await expectFrameLike(page, 'bulk-dialog.png')
  })
})

/** How far a document or element scrolls sideways beyond what it shows (0: no horizontal scroll bar). */
const sideways = (element: Element) => element.scrollWidth - element.clientWidth

for (const width of [1280, 1440, 1920]) {
  test.describe(`a ${width} px window`, () => {
    test.use({ viewport: { width, height: 900 } })

    test('no horizontal scroll bar, while approval is pending and once the list is loaded', async ({
      app,
      page,
    }) => {
      const overflow = async () => ({
        page: await page.locator('html').evaluate(sideways),
        frame: await app.locator('html').evaluate(sideways),
        table: await app.getByRole('table').locator('xpath=..').evaluate(sideways),
      })
      await expect(app.getByRole('alert').filter({ hasText: 'approval' })).toBeVisible({ timeout: 30_000 })
      expect(await overflow()).toEqual({ page: 0, frame: 0, table: 0 })
      await page.getByRole('button', { name: /Allow/ }).click()
      await expect(app.getByRole('switch', { disabled: false }).first()).toBeVisible()
      expect(await overflow()).toEqual({ page: 0, frame: 0, table: 0 })
      expect(await clippedHeaders(app.getByRole('table'))).toEqual([])
      // After a scan of last calls the table has one column more, and still fits: a squeezed column
      // would not scroll (the table's layout is fixed), its header would be cut off.
      await scanLastCalls(app)
      expect(await overflow()).toEqual({ page: 0, frame: 0, table: 0 })
      expect(await clippedHeaders(app.getByRole('table'))).toEqual([])
    })
  })
}

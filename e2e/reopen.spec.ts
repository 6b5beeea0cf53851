import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { employeeWhere, everyoneListed, rowOf } from './helpers.ts'

/** How many directories the app frame keeps in its IndexedDB (`app/api/persist/key-value-store.ts`). */
async function keptDirectories(page: Page): Promise<number> {
  const frame = page.frames().find((f) => f.name().includes('|'))
  if (!frame) return 0
  return frame.evaluate(
    () =>
      new Promise<number>((resolve) => {
        // A frame without storage throws at once or fails the request: both mean nothing is kept.
        let open: IDBOpenDBRequest
        try {
          open = indexedDB.open('sip-phones')
        } catch {
          resolve(0)
          return
        }
        open.onupgradeneeded = () => open.result.createObjectStore('queries')
        open.onerror = () => resolve(0)
        open.onsuccess = () => {
          const count = open.result.transaction('queries').objectStore('queries').count()
          count.onsuccess = () => resolve(count.result)
          count.onerror = () => resolve(0)
        }
      }),
  )
}

/** Every request takes this long: whatever shows sooner came from the browser, not Bitrix24. */
const HELD_MS = 6000

// The app on the portal's own site: Chromium gives a third-party frame no IndexedDB with third-party
// cookies blocked (the last test), so keeping anything needs a first-party frame.
test.use({
  portalOptions: {
    appHost: '127.0.0.1',
    settings: { appScopes: ['telephony', 'user_brief', 'department', 'user'] },
  },
})

test('reopened, the list kept from the last visit shows at once with "updating…", then Bitrix24’s list replaces it', async ({
  app,
  page,
  portal,
}) => {
  await expect(everyoneListed(app)).toBeVisible()
  await expect.poll(() => keptDirectories(page)).toBe(1)

  // On the portal between the two openings: one employee renamed, another dismissed.
  const [renamed, dismissed] = [
    employeeWhere(portal, () => true),
    employeeWhere(portal, (e) => e.id !== employeeWhere(portal, () => true).id),
  ]
  const auth = portal.engine.issueToken(Date.now()).AUTH_ID
  portal.engine.handleRest('user.update', { auth, ID: renamed.id, NAME: 'Quillon' }, Date.now())
  portal.engine.handleRest('user.update', { auth, ID: dismissed.id, ACTIVE: 'N' }, Date.now())
  portal.engine.updateSettings({ latency: { perRequestMs: HELD_MS } })

  await page.reload()
  const updating = app
    .getByRole('status')
    .filter({ hasText: 'Shown as of your last visit; updating from Bitrix24…' })
  await expect(updating).toBeVisible({ timeout: HELD_MS - 1000 })
  await expect(await rowOf(app, renamed.name)).toBeVisible({ timeout: HELD_MS - 1000 })
  await expect(await rowOf(app, dismissed.name)).toBeVisible({ timeout: HELD_MS - 1000 })

  // Bitrix24's answer, whole, replaces the kept list.
  await expect(updating).toBeHidden({ timeout: 4 * HELD_MS })
  await expect(await rowOf(app, `Quillon ${renamed.name.split(' ')[1]}`)).toBeVisible()
  await rowOf(app, renamed.name)
  await expect(app.getByText('No employee matches the search and filters.')).toBeVisible()
  await rowOf(app, dismissed.name)
  await expect(app.getByText('No employee matches the search and filters.')).toBeVisible()
})

test('another user opening the app in the same browser sees nothing of the first user’s list', async ({
  app,
  page,
  portal,
}) => {
  await expect(everyoneListed(app)).toBeVisible()
  await expect.poll(() => keptDirectories(page)).toBe(1)

  // Every request is held (`profile` too): what shows before any answer owes nothing to the app's
  // check of the user.
  portal.engine.updateSettings({ currentUserId: 2, latency: { perRequestMs: HELD_MS } })
  await page.reload()
  const loading = app.getByRole('status').filter({ hasText: 'Loading employees…' })
  await expect(loading).toBeVisible({ timeout: HELD_MS - 1000 })
  expect(await app.getByRole('table').count()).toBe(0)
  expect(await app.getByText(/updating from Bitrix24/).count()).toBe(0)
  // Their own list comes from Bitrix24, and is then kept under their own name, once nothing is
  // loading any more: the SIP settings, each request held too, come after the list.
  await expect(everyoneListed(app)).toBeVisible({ timeout: 4 * HELD_MS })
  await expect.poll(() => keptDirectories(page), { timeout: 4 * HELD_MS }).toBe(2)
})

test.describe('in a third-party frame the browser gives no storage', () => {
  test.use({ portalOptions: { appHost: 'localhost' } })
  test('the app opens as it always did: nothing kept, no error', async ({ app, page, portal }) => {
    await expect(everyoneListed(app)).toBeVisible()
    expect(await keptDirectories(page)).toBe(0)
    portal.engine.updateSettings({ latency: { perRequestMs: HELD_MS } })
    await page.reload()
    await expect(app.getByRole('status').filter({ hasText: 'Loading employees…' })).toBeVisible()
    await expect(everyoneListed(app)).toBeVisible({ timeout: 4 * HELD_MS })
    await expect(app.getByRole('alert')).toHaveCount(0)
  })
})

import { expect, test } from './fixtures.ts'

// Install, uninstall and reinstall as the Market's moderators try them (docs/bitrix24.md "Install,
// uninstall, reinstall"), on a clean portal, as an administrator and as someone who is not.

const settings = {
  installMode: true,
  confirmationRequired: false,
  frame: { installReloadDelayMs: 0, userOptionSaveDelayMs: 0 },
}

test.describe('as an administrator', () => {
  test.use({ portalOptions: { settings } })

  test('install, delete and install again: the app opens its own screen, with nothing of the last install', async ({
    app,
    page,
    portal,
  }) => {
    const savedView = () => portal.engine.userOptions(1)['telephonyUsersView'] ?? ''
    const menuItem = page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'SIP phones' })
    await app.getByRole('button', { name: 'Finish installation' }).click()
    await expect(page).toHaveURL(/install_finished=Y/)
    const department = app.getByRole('columnheader', { name: 'Department' })
    await expect(app.getByRole('switch').first()).toBeEnabled()

    // A view kept in this installation's user options…
    await department.getByRole('button').click()
    await expect(department).toHaveAttribute('aria-sort', 'ascending')
    await expect.poll(savedView).toContain('department')
    await page.reload()
    await expect(app.getByRole('columnheader', { name: 'Department' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )

    // …the Market's "Delete" (without "delete data": Bitrix24 then keeps every option)…
    await page.getByRole('button', { name: 'Delete application' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Application not found.' })).toBeVisible()
    await expect(menuItem).toBeHidden()
    await expect(page.locator('iframe')).toHaveCount(0)

    // …and installing again: the install page, then the app, with the view of a first start.
    await page.getByRole('button', { name: 'Install application' }).click()
    await expect(menuItem).toBeVisible()
    await app.getByRole('button', { name: 'Finish installation' }).click()
    await expect(page).toHaveURL(/install_finished=Y/)
    await expect(app.getByRole('switch').first()).toBeEnabled()
    await expect(app.getByRole('columnheader', { name: 'Employee', exact: true })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    await expect(app.getByRole('columnheader', { name: 'Department' })).not.toHaveAttribute('aria-sort')
  })
})

test.describe('as someone who is not an administrator', () => {
  // User 2 is an employee without administrator rights in the seeded portal.
  test.use({ portalOptions: { settings: { ...settings, currentUserId: 2 } } })

  test('an app whose installation is not finished gets Bitrix24’s message, not the app', async ({
    page,
    portal,
  }) => {
    await page.goto(portal.portalUrl)
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'The application is not installed. Contact your Bitrix24 administrator.' }),
    ).toBeVisible()
    await expect(page.locator('iframe')).toHaveCount(0)
  })

  test('once an administrator finished it, the app opens', async ({ page, portal }) => {
    await fetch(new URL('/_portal/api/frame-events', portal.portalUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'installFinish' }),
    })
    await page.goto(portal.portalUrl)
    await expect(page.frameLocator('iframe').getByRole('table').first()).toBeVisible()
    await expect(page.getByRole('alert').filter({ hasText: 'not installed' })).toHaveCount(0)
  })
})

import { expect, test } from './fixtures.ts'
import { appClockOffset, employeeWhere, rowOf, seededEmployees } from './helpers.ts'

test.describe('with SIP settings readable', () => {
  test.use({ portalOptions: { settings: { confirmationRequired: false, deactivateMode: 'working' } } })

  test('lists employees with their SIP data', async ({ app, portal }) => {
    const first = seededEmployees(portal)[0]!
    // Only the rows on screen are in the table: find her as a person would.
    const row = await rowOf(app, first.name)
    const enabled = first.sip.PHONE_ENABLED === 'Y'
    await expect(row.getByRole('switch', { name: `SIP phone for ${first.name}` })).toBeChecked({
      checked: enabled,
    })
    await expect(row).toContainText(first.sip.SIP_LOGIN ?? '')
    await expect(row).toContainText(first.sip.SIP_SERVER ?? '')
    await expect(app.getByRole('status').filter({ hasText: /of \d+ employees/ })).toBeVisible()
  })

  test('search finds an employee by name and by extension', async ({ app, portal }) => {
    const someone = employeeWhere(portal, (e) => Boolean(e.sip.INNER_NUMBER))
    const row = await rowOf(app, someone.name)
    await expect(row).toHaveCount(1)
    await app.getByRole('searchbox', { name: 'Search by name or extension' }).fill(someone.sip.INNER_NUMBER!)
    await expect(app.getByRole('row', { name: new RegExp(someone.name) })).toBeVisible()
  })

  test('the password is masked until revealed', async ({ app, portal }) => {
    const someone = employeeWhere(portal, (e) => Boolean(e.sip.SIP_PASSWORD))
    const row = await rowOf(app, someone.name)
    await expect(row.getByLabel('Hidden password')).toBeVisible()
    await expect(app.locator('body')).not.toContainText(someone.sip.SIP_PASSWORD!)
    await row.getByRole('button', { name: `Show SIP password of ${someone.name}` }).click()
    await expect(row).toContainText(someone.sip.SIP_PASSWORD!)
  })

  test('switching a phone on', async ({ app, portal }) => {
    const someone = employeeWhere(portal, (e) => e.sip.PHONE_ENABLED !== 'Y')
    const toggle = (await rowOf(app, someone.name)).getByRole('switch', {
      name: `SIP phone for ${someone.name}`,
    })
    await expect(toggle).not.toBeChecked()
    await toggle.press('Space')
    await expect.poll(() => portal.engine.voximplantUser(someone.id)?.PHONE_ENABLED).toBe('Y')
    await expect(toggle).toBeChecked()
  })

  test('switching a phone off when Bitrix24 does it', async ({ app, portal }) => {
    const someone = employeeWhere(portal, (e) => e.sip.PHONE_ENABLED === 'Y')
    const toggle = (await rowOf(app, someone.name)).getByRole('switch', {
      name: `SIP phone for ${someone.name}`,
    })
    await toggle.press('Space')
    await expect.poll(() => portal.engine.voximplantUser(someone.id)?.PHONE_ENABLED).toBe('N')
    await expect(toggle).not.toBeChecked()
  })
})

test.describe('deactivatePhone as Bitrix24 does today', () => {
  test.use({
    portalOptions: { settings: { confirmationRequired: false, deactivateMode: 'broken' } },
    fakeClock: true,
  })

  test('the row shows the phone still on and links to Telephony → Users', async ({ app, portal, page }) => {
    const someone = employeeWhere(portal, (e) => e.sip.PHONE_ENABLED === 'Y')
    const row = await rowOf(app, someone.name)
    const toggle = row.getByRole('switch', { name: `SIP phone for ${someone.name}` })
    await toggle.press('Space')
    await expect(row.getByText('Still on')).toBeVisible()
    await expect(row.getByRole('status')).toHaveText('Bitrix24 kept this phone on.')
    await expect(toggle).toBeChecked()
    expect(portal.engine.voximplantUser(someone.id)?.PHONE_ENABLED).toBe('Y')
    await row.getByRole('button', { name: 'Telephony → Users' }).click()
    const slider = page.getByRole('dialog', { name: 'Telephony → Users' })
    await expect(slider.getByText('/telephony/users.php')).toBeVisible()
    // Bitrix24 answers openPath only when the slider closes: minutes of reading are no failure.
    await page.clock.fastForward('02:00')
    await expect.poll(() => appClockOffset(page)).toBeGreaterThan(110_000)
    await expect(app.getByText('Telephony → Users did not open')).toHaveCount(0)
    await slider.getByRole('button', { name: 'Close' }).click()
    await expect(slider).toBeHidden()
    await expect(app.getByText('Telephony → Users did not open')).toHaveCount(0)
    await expect(toggle).toBeChecked()
  })
})

test('approval pending: banner, then approval in the portal brings the data without a reload', async ({
  app,
  page,
  portal,
}) => {
  const banner = app.getByRole('alert').filter({ hasText: 'waiting for an administrator’s approval' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('check your Bitrix24 notifications')
  const first = seededEmployees(portal)[0]!
  const row = await rowOf(app, first.name)
  await expect(row).toContainText('Awaiting approval')
  await expect(row.getByRole('switch')).toBeDisabled()

  await page.getByRole('button', { name: /Allow/ }).click()
  await expect(banner).toBeHidden()
  await expect(row.getByRole('switch')).toBeEnabled()
  await expect(row).toContainText(first.sip.SIP_LOGIN ?? '')
})

test('approval denied gets its own banner', async ({ app, page }) => {
  await expect(app.getByRole('alert').filter({ hasText: 'waiting' })).toBeVisible()
  await page.getByRole('button', { name: /Deny/ }).click()
  await expect(app.getByRole('alert').filter({ hasText: 'denied access to SIP settings' })).toBeVisible()
})

test.describe('with permission for the own department only', () => {
  test.use({ portalOptions: { settings: { confirmationRequired: false, permission: 'own' } } })

  test('rows the user may not manage say so and cannot be switched', async ({ app, portal }) => {
    const me = portal.engine.describe().currentUser
    const other = employeeWhere(portal, (e) => e.id !== me.id)
    const otherRow = await rowOf(app, other.name)
    await expect(otherRow.getByRole('switch')).toBeDisabled()
    await expect(otherRow).toContainText('No permission')
    const myRow = await rowOf(app, me.name)
    await expect(myRow.getByRole('switch')).toBeEnabled()
  })
})

test.describe('when writes fail', () => {
  test.use({
    portalOptions: {
      settings: {
        confirmationRequired: false,
        faults: { rate: 1, kinds: ['error500'], scope: 'writes', when: 'before' },
      },
    },
  })

  test('a failed toggle rolls back and tells why', async ({ app, portal }) => {
    const someone = employeeWhere(portal, (e) => e.sip.PHONE_ENABLED !== 'Y')
    const toggle = (await rowOf(app, someone.name)).getByRole('switch', {
      name: `SIP phone for ${someone.name}`,
    })
    await toggle.press('Space')
    await expect(app.getByText(`Could not switch on the SIP phone of ${someone.name}`)).toBeVisible()
    await expect(toggle).not.toBeChecked()
    expect(portal.engine.voximplantUser(someone.id)?.PHONE_ENABLED).not.toBe('Y')
  })
})

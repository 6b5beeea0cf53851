import { expect, test } from './fixtures.ts'
import {
  bulkSummary,
  employeeWhere,
  rowOf,
  seededEmployees,
  startBulk,
  switched,
  wholeList,
} from './helpers.ts'

// What Bitrix24's server code does that a guess would not (docs/bitrix24.md), as the app meets it.

test.describe('a bulk change Bitrix24 partly refuses inside an HTTP 200 batch', () => {
  test.use({ portalOptions: { employees: 60, settings: { confirmationRequired: false } } })

  test('refused commands are failures with Bitrix24’s own reason; the rest are done', async ({
    app,
    portal,
  }) => {
    await expect(app.getByRole('switch').first()).toBeEnabled()
    const total = await wholeList(app, portal)
    // The administrator's telephony right is narrowed to their own settings after the list was read:
    // activatePhone for anyone else now fails with an empty error code inside the batch.
    portal.engine.updateSettings({ permission: 'own' })
    const everyone = seededEmployees(portal, total).map((e) => e.id)
    const token = portal.engine.issueToken(Date.now())
    const read = portal.engine.handleRest(
      'voximplant.user.get',
      { auth: token.AUTH_ID, USER_ID: everyone },
      Date.now(),
    )
    const manageable = new Set(
      (read.body as { result: Array<{ ID: string }> }).result.map((row) => Number(row.ID)),
    )
    const refused = everyone.filter((id) => !manageable.has(id)).length
    expect(refused).toBeGreaterThan(0)

    const dialog = await startBulk(app, total, 'Switch on')
    await expect(bulkSummary(dialog)).toHaveText(`${switched(total - refused, true)} · Failed: ${refused}`, {
      timeout: 30_000,
    })
    await expect(
      dialog
        .getByText("Failed: Bitrix24 answered with an error: You are not allowed to modify user's settings")
        .first(),
    ).toBeVisible()
    const batches = portal.engine.log.filter(
      (entry) => entry.method === 'batch' && entry.commands?.[0]?.includes('activatePhone'),
    )
    expect(batches.every((entry) => entry.status === 200)).toBe(true)
    expect(batches.flatMap((entry) => Object.values(entry.commandErrors ?? {}))).toContain('')
  })
})

test.describe('an employee without the telephony right (Bitrix24’s default roles)', () => {
  // User 2 is no administrator: by default only administrators hold "User Settings — Modify".
  test.use({
    portalOptions: { settings: { currentUserId: 2, permission: 'roles', confirmationRequired: true } },
  })

  test('is told to ask for the permission, not to wait for an approval nobody was asked for', async ({
    app,
    portal,
  }) => {
    await expect(app.getByText('You may not manage anyone’s SIP phone')).toBeVisible()
    await expect(app.getByText(/waiting for an administrator’s approval/)).toHaveCount(0)
    await expect(app.getByRole('switch').first()).toBeDisabled()
    expect(portal.engine.pendingConfirmations()).toEqual([]) // no administrator was notified
  })
})

test.describe('Bitrix24’s answers to switching on', () => {
  test.use({ portalOptions: { settings: { confirmationRequired: false } } })

  test('"on" answered with success that Bitrix24 reverts is explained on the row', async ({
    app,
    portal,
  }) => {
    const someone = employeeWhere(portal, (e) => e.sip.PHONE_ENABLED !== 'Y')
    portal.engine.updateSettings({ registrationFailsFor: [someone.id] })
    const row = await rowOf(app, someone.name)
    const toggle = row.getByRole('switch', { name: `SIP phone for ${someone.name}` })
    await toggle.press('Space')
    await expect(row.getByText('Still off')).toBeVisible()
    await expect(row.getByRole('status')).toHaveText('Bitrix24 left this phone off.')
    await expect(toggle).not.toBeChecked()
    expect(portal.engine.voximplantUser(someone.id)?.PHONE_ENABLED).not.toBe('Y')
  })

  test('a phone switched on for the first time shows the password Bitrix24 created', async ({
    app,
    portal,
  }) => {
    const someone = employeeWhere(portal, (e) => e.sip.PHONE_ENABLED !== 'Y' && !e.sip.SIP_PASSWORD)
    const row = await rowOf(app, someone.name)
    await expect(row.getByText('No password')).toBeVisible()
    await row.getByRole('switch', { name: `SIP phone for ${someone.name}` }).press('Space')
    await row.getByRole('button', { name: `Show SIP password of ${someone.name}` }).click()
    const created = portal.engine.voximplantUser(someone.id)?.SIP_PASSWORD
    expect(created).toBeTruthy()
    await expect(row.getByText(created!, { exact: true })).toBeVisible()
  })
})

test.describe('line names as Bitrix24 sends them', () => {
  test.use({ portalOptions: { settings: { confirmationRequired: false } } })

  test('an HTML-escaped name is shown decoded, as text', async ({ app, portal }) => {
    const someone = employeeWhere(portal, (e) => e.sip.DEFAULT_LINE === 'reg15', 200)
    const row = await rowOf(app, someone.name)
    await expect(row.getByText('Cloud PBX <backup> & "fax"', { exact: true })).toBeVisible()
    await expect(row.getByText(/&amp;|&lt;|&quot;/)).toHaveCount(0)
  })
})

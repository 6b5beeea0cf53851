import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'
import type { FrameLocator, Locator, Page } from '@playwright/test'
import { employeeWhere, rowOf, type SeededEmployee } from './helpers.ts'
import { LINES } from './portal/engine/names.ts'
import type { startLocalPortal } from './portal/start.ts'

type LocalPortal = Awaited<ReturnType<typeof startLocalPortal>>

/** Someone with everything the panel shows: a position, an extension, a named line and a password. */
function fullyFilled(portal: LocalPortal): SeededEmployee & { position: string; departments: string[] } {
  const someone = employeeWhere(
    portal,
    (e) =>
      Boolean(e.sip.SIP_PASSWORD && e.sip.INNER_NUMBER && e.sip.DEFAULT_LINE) &&
      /^[\w +-]+$/.test(LINES[e.sip.DEFAULT_LINE ?? ''] ?? '') &&
      Boolean(profileOf(portal, e.id).position),
  )
  return { ...someone, ...profileOf(portal, someone.id) }
}

/** Position and department names as Bitrix24 holds them (read on the portal's side). */
function profileOf(portal: LocalPortal, id: number) {
  const token = portal.engine.issueToken(Date.now())
  const rest = (method: string, params: Record<string, unknown>) =>
    portal.engine.handleRest(method, { auth: token.AUTH_ID, ...params }, Date.now()).body as {
      result: unknown
    }
  const [user] = rest('user.get', { FILTER: { ID: id } }).result as Array<{
    WORK_POSITION: string
    UF_DEPARTMENT: number[]
  }>
  const departments = (user?.UF_DEPARTMENT ?? []).map((departmentId) => {
    const [department] = rest('department.get', { ID: departmentId }).result as Array<{ NAME: string }>
    return department?.NAME ?? ''
  })
  return { position: user?.WORK_POSITION ?? '', departments }
}

/** The employee's row: the seeded portal has namesakes, so the row is told apart by its SIP login. */
async function rowOfEmployee(app: FrameLocator, someone: SeededEmployee): Promise<Locator> {
  const rows = await rowOf(app, someone.name)
  return rows.filter({ hasText: new RegExp(`${someone.sip.SIP_LOGIN}(?!\\d)`) })
}

/** Presses Tab until `target` has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, limit = 25) {
  for (let step = 0; step < limit; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('iframe[name*="|"]').analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

test.describe('the employee panel', () => {
  test.use({ portalOptions: { settings: { confirmationRequired: false, deactivateMode: 'working' } } })

  test('opens by keyboard from the name, shows what Bitrix24’s editor shows, closes back to the name', async ({
    app,
    page,
    portal,
  }) => {
    const someone = fullyFilled(portal)
    const row = await rowOfEmployee(app, someone)
    const name = row.getByRole('button', { name: someone.name, exact: true })
    await expect(row.getByRole('switch')).toBeEnabled()
    await name.focus()
    await page.keyboard.press('Enter')

    const panel = app.getByRole('dialog', { name: someone.name })
    await expect(panel).toBeVisible()
    await expect(panel).toContainText(someone.position)
    for (const department of someone.departments) await expect(panel).toContainText(department)
    await expect(panel).toContainText(someone.sip.INNER_NUMBER!)
    await expect(panel).toContainText(LINES[someone.sip.DEFAULT_LINE!]!)
    await expect(panel).toContainText(someone.sip.SIP_SERVER!)
    await expect(panel).toContainText(someone.sip.SIP_LOGIN!)
    await expect(panel.getByRole('switch', { name: `SIP phone for ${someone.name}` })).toBeChecked({
      checked: someone.sip.PHONE_ENABLED === 'Y',
    })
    // The password: masked, and in the page only once asked for.
    await expect(panel.getByLabel('Hidden password')).toBeVisible()
    await expect(app.locator('body')).not.toContainText(someone.sip.SIP_PASSWORD!)
    expect(await seriousViolations(page)).toEqual([])

    await tabTo(page, panel.getByRole('button', { name: `Show SIP password of ${someone.name}` }))
    await page.keyboard.press('Enter')
    await expect(panel).toContainText(someone.sip.SIP_PASSWORD!)
    await expect(panel.getByRole('button', { name: `Copy SIP password of ${someone.name}` })).toBeVisible()

    // The switch works from the panel, by keyboard, and the table follows.
    const wasOn = someone.sip.PHONE_ENABLED === 'Y'
    await tabTo(page, panel.getByRole('switch', { name: `SIP phone for ${someone.name}` }))
    await page.keyboard.press('Space')
    await expect.poll(() => portal.engine.voximplantUser(someone.id)?.PHONE_ENABLED).toBe(wasOn ? 'N' : 'Y')

    await page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
    await expect(name).toBeFocused()
    await expect(app.locator('body')).not.toContainText(someone.sip.SIP_PASSWORD!)
    await expect(row.getByRole('switch', { name: `SIP phone for ${someone.name}` })).toBeChecked({
      checked: !wasOn,
    })
  })

  test('links to the profile and to Telephony → Users in Bitrix24’s slider', async ({
    app,
    page,
    portal,
  }) => {
    const someone = fullyFilled(portal)
    await (await rowOfEmployee(app, someone)).getByRole('button', { name: someone.name, exact: true }).click()
    const panel = app.getByRole('dialog', { name: someone.name })

    await panel.getByRole('button', { name: 'Open profile in Bitrix24' }).click()
    const profile = page.getByRole('dialog', { name: 'Employee profile' })
    await expect(profile).toContainText(`/company/personal/user/${someone.id}/`)
    await profile.getByRole('button', { name: 'Close' }).click()
    await expect(profile).toBeHidden()

    await panel.getByRole('button', { name: 'Telephony → Users' }).click()
    const telephony = page.getByRole('dialog', { name: 'Telephony → Users' })
    await expect(telephony).toContainText('/telephony/users.php')
    await telephony.getByRole('button', { name: 'Close' }).click()
    await expect(telephony).toBeHidden()
    // Closing Bitrix24's slider leaves the app as it was.
    await expect(panel).toBeVisible()
  })
})

test.describe('in an 800 px frame', () => {
  test.use({
    viewport: { width: 1060, height: 900 },
    portalOptions: { settings: { confirmationRequired: false } },
  })

  test('the panel holds what the narrow table leaves out', async ({ app, portal }) => {
    const someone = fullyFilled(portal)
    const row = await rowOfEmployee(app, someone)
    await expect(row.getByRole('switch')).toBeEnabled()
    await expect(row.getByText(someone.sip.SIP_SERVER!)).toBeHidden()
    await row.getByRole('button', { name: someone.name, exact: true }).click()
    const panel = app.getByRole('dialog', { name: someone.name })
    await expect(panel).toContainText(someone.sip.SIP_SERVER!)
    await expect(panel).toContainText(LINES[someone.sip.DEFAULT_LINE!]!)
    for (const department of someone.departments) await expect(panel).toContainText(department)
  })
})

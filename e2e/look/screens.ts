import type { FrameLocator, Locator, Page } from '@playwright/test'
import { expect } from '../fixtures.ts'
import { employeeCount, employeeWhere } from '../helpers.ts'
import type { startLocalPortal } from '../portal/start.ts'

type LocalPortal = Awaited<ReturnType<typeof startLocalPortal>>

/** Scopes that let an administrator edit extensions: every screen the app has can open. */
export const ALL_SCOPES = ['telephony', 'user_brief', 'department', 'user']

/** The portal page gives the frame the viewport less 260 px (layout.spec.ts): 1,260 → a 1,000 px frame. */
export const PAGE_AROUND_FRAME = 260

/** The list, loaded and settled (the approval given, every row's switch live). */
export async function openList(app: FrameLocator): Promise<void> {
  // A busy machine may take a while to start the portal, the app and its first requests.
  await expect(employeeCount(app)).toHaveText(/^\d+ of \d+ employees$/, { timeout: 30_000 })
  await expect(app.getByRole('switch', { disabled: false }).first()).toBeVisible({ timeout: 30_000 })
}

/** A plain-named seeded employee with an extension (the same one for a seed). */
export const someone = (portal: LocalPortal) =>
  employeeWhere(portal, (e) => Boolean(e.sip.INNER_NUMBER) && e.sip.PHONE_ENABLED === 'Y')

export async function openPanel(app: FrameLocator, portal: LocalPortal): Promise<Locator> {
  const { name } = someone(portal)
  await app.getByRole('button', { name, exact: true }).first().click()
  const panel = app.getByRole('dialog', { name })
  await expect(panel.getByRole('switch')).toBeVisible()
  return panel
}

async function selectAll(app: FrameLocator): Promise<Locator> {
  const all = app.getByRole('checkbox', { name: /^Select all \d+ matching employees$/ })
  await all.check()
  return app.getByRole('region', { name: /^\d+ selected$/ })
}

export async function openBulk(app: FrameLocator): Promise<Locator> {
  await (await selectAll(app)).getByRole('button', { name: 'Switch on' }).click()
  const dialog = app.getByRole('dialog')
  await expect(dialog.getByRole('button', { name: 'Switch on' })).toBeVisible()
  return dialog
}

export async function openAssign(app: FrameLocator): Promise<Locator> {
  await (await selectAll(app)).getByRole('button', { name: 'Assign extensions' }).click()
  const dialog = app.getByRole('dialog', { name: 'Assign extensions' })
  await dialog.getByRole('textbox', { name: 'From' }).fill('5000')
  await dialog.getByRole('textbox', { name: 'To' }).fill('5999')
  await expect(dialog.getByRole('button', { name: /^Assign \d+ extensions?$/ })).toBeVisible()
  return dialog
}

export async function openExport(app: FrameLocator): Promise<Locator> {
  await (await selectAll(app)).getByRole('button', { name: 'Export CSV' }).click()
  const dialog = app.getByRole('dialog')
  await expect(dialog.getByRole('checkbox', { name: 'Include SIP passwords' })).toBeVisible()
  return dialog
}

export async function openEditor(app: FrameLocator, portal: LocalPortal): Promise<Locator> {
  const { name } = someone(portal)
  await app.getByRole('searchbox', { name: 'Search by name or extension' }).fill(name)
  await app.getByRole('button', { name: `Edit extension of ${name}` }).click()
  const input = app.getByRole('textbox', { name: `Extension of ${name}` })
  await expect(input).toBeFocused()
  return input
}

export async function frameOf(page: Page): Promise<Locator> {
  return page.locator('iframe[name*="|"]')
}

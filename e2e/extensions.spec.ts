import AxeBuilder from '@axe-core/playwright'
import type { FrameLocator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { activeEmployeeIds, employeeCount, employeeWhere, rowOf, seededEmployees } from './helpers.ts'
import type { startLocalPortal } from './portal/start.ts'

type LocalPortal = Awaited<ReturnType<typeof startLocalPortal>>

const WITH_USER_SCOPE = ['telephony', 'user_brief', 'department', 'user']

/** REST on the portal's side as its administrator (no frame, no approval). */
function rest(portal: LocalPortal, method: string, params: Record<string, unknown>) {
  const auth = portal.engine.issueToken(Date.now()).AUTH_ID
  return portal.engine.handleRest(method, { auth, ...params }, Date.now()).body as { result: unknown }
}

/** The extension Bitrix24 holds: user.get's UF_PHONE_INNER ('' when none). */
function storedExtension(portal: LocalPortal, id: number): string {
  const rows = rest(portal, 'user.get', { FILTER: { ID: id }, select: ['UF_PHONE_INNER'] }).result
  return (rows as Array<{ UF_PHONE_INNER?: string }>)[0]?.UF_PHONE_INNER ?? ''
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('iframe[name*="|"]').analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

async function startEditing(app: FrameLocator, name: string) {
  const row = await rowOf(app, name)
  await row.getByRole('button', { name: `Edit extension of ${name}` }).click()
  return { row, input: row.getByRole('textbox', { name: `Extension of ${name}` }) }
}

test.describe('with the scope user', () => {
  test.use({ portalOptions: { settings: { confirmationRequired: false, appScopes: WITH_USER_SCOPE } } })

  test('an extension edited in the row is checked as Bitrix24 checks it, saved and read back', async ({
    app,
    portal,
  }) => {
    const [someone, other] = seededEmployees(portal).filter(
      (e) => /^[A-Za-z]+ [A-Za-z]+$/.test(e.name) && e.sip.INNER_NUMBER,
    )
    const { row, input } = await startEditing(app, someone!.name)
    await expect(input).toBeFocused()
    await input.fill('12345')
    await expect(input).toHaveAccessibleDescription(/At most 4 digits/)
    await input.fill(other!.sip.INNER_NUMBER!)
    await expect(input).toHaveAccessibleDescription(`Already used by ${other!.name}.`)
    await input.press('Enter') // refused before anything is sent
    await expect(input).toBeVisible()

    // Bitrix24 keeps the digits only; the row shows what it stored.
    await input.fill(' 77-77 ')
    await input.press('Enter')
    await expect.poll(() => storedExtension(portal, someone!.id)).toBe('7777')
    expect(portal.engine.voximplantUser(someone!.id)?.INNER_NUMBER).toBe('7777')
    await expect(row.getByRole('cell').filter({ hasText: /^7777/ })).toBeVisible()
    await expect(row.getByRole('button', { name: `Edit extension of ${someone!.name}` })).toBeFocused()
  })

  test('a number a telephony queue holds is refused: the row rolls back and says why', async ({
    app,
    portal,
  }) => {
    const someone = employeeWhere(portal, (e) => Boolean(e.sip.INNER_NUMBER))
    const before = someone.sip.INNER_NUMBER!
    const { row, input } = await startEditing(app, someone.name)
    // The app cannot see queues (no REST method lists them): only Bitrix24's answer can refuse this.
    await input.fill('5000')
    await input.press('Enter')
    const toast = app
      .getByRole('alert')
      .filter({ hasText: `Could not change the extension of ${someone.name}` })
    await expect(toast).toContainText('ERROR_PHONE_INNER_IN_USAGE')
    await expect(row.getByRole('cell').filter({ hasText: new RegExp(`^${before}`) })).toBeVisible()
    expect(storedExtension(portal, someone.id)).toBe(before)
  })

  test('employees sharing an extension are marked, counted and shown alone by a filter', async ({
    app,
    portal,
  }) => {
    const total = activeEmployeeIds(portal).length
    await expect(employeeCount(app)).toHaveText(`${total} of ${total} employees`)
    // A dismissed employee (7, who held 107) comes back after 107 was given to someone else: Bitrix24
    // checks the extension only when it is sent, so two active employees now share it.
    const someone = employeeWhere(portal, (e) => Boolean(e.sip.INNER_NUMBER) && e.id !== 7)
    expect(rest(portal, 'user.update', { ID: someone.id, UF_PHONE_INNER: '107' }).result).toBe(true)
    expect(rest(portal, 'user.update', { ID: 7, ACTIVE: 'Y' }).result).toBe(true)
    await app.getByRole('button', { name: 'Refresh' }).click()
    await expect(employeeCount(app)).toHaveText(`${total + 1} of ${total + 1} employees`)

    const shared = app.getByRole('button', { name: '2 employees share an extension' })
    await shared.click()
    await expect(shared).toHaveAttribute('aria-pressed', 'true')
    await expect(app.getByRole('combobox', { name: 'Extension' })).toHaveValue('shared')
    await expect(employeeCount(app)).toHaveText(`2 of ${total + 1} employees`)
    const rows = app.getByRole('row').filter({ hasText: '107' })
    await expect(rows).toHaveCount(2)
    for (const row of await rows.all()) await expect(row).toContainText('Shared')
    await expect(rows.filter({ hasText: someone.name })).toHaveCount(1)
  })
})

test.describe('bulk assignment with the scope user', () => {
  // 52 seeded: 50 active employees.
  test.use({
    portalOptions: { employees: 52, settings: { confirmationRequired: false, appScopes: WITH_USER_SCOPE } },
  })

  test('50 extensions from a range: preview in table order, results, the refused one retried', async ({
    app,
    page,
    portal,
  }) => {
    await expect(employeeCount(app)).toHaveText('50 of 50 employees')
    await app.getByRole('checkbox', { name: 'Select all 50 matching employees' }).check()
    await app
      .getByRole('region', { name: '50 selected' })
      .getByRole('button', { name: 'Assign extensions' })
      .click()
    const dialog = app.getByRole('dialog', { name: 'Assign extensions' })
    await expect(dialog).toContainText('50 selected employees, in the table’s order.')
    await dialog.getByRole('textbox', { name: 'From' }).fill('4990')
    await dialog.getByRole('textbox', { name: 'To' }).fill('4080')
    await expect(dialog.getByRole('alert')).toHaveText(/the first not above the last/)
    await dialog.getByRole('textbox', { name: 'To' }).fill('5999')
    // Existing extensions are kept unless the administrator asks to replace them.
    const without = seededEmployees(portal, 50).filter((e) => !e.sip.INNER_NUMBER).length
    await expect(dialog.getByRole('status')).toHaveText(
      `New: ${without} · Kept: ${50 - without} · No free number: 0`,
    )
    await expect(dialog.getByRole('button', { name: `Assign ${without} extensions` })).toBeEnabled()
    await dialog.getByRole('checkbox', { name: 'Replace existing extensions' }).check()
    await expect(dialog.getByRole('status')).toHaveText('New: 50 · Kept: 0 · No free number: 0')

    // The table's first row gets the range's first number.
    const firstSelect = await app
      .getByRole('checkbox', { name: /^Select (?!all )/ })
      .first()
      .getAttribute('aria-label')
    const preview = dialog.getByRole('table', { name: 'Who gets which extension' })
    await expect(preview.getByRole('row')).toHaveCount(51)
    const first = preview.getByRole('row').nth(1)
    await expect(first.getByRole('cell').first()).toHaveText(firstSelect!.replace(/^Select /, ''))
    await expect(first.getByRole('cell').nth(2)).toHaveText('4990')
    expect(await seriousViolations(page)).toEqual([])

    await dialog.getByRole('button', { name: 'Assign 50 extensions' }).click()
    // 5000 is a telephony queue's number: the app cannot know it, Bitrix24 refuses it.
    await expect(dialog.getByRole('status')).toHaveText('49 extensions assigned · Failed: 1')
    const failed = dialog.getByRole('table', { name: 'Results' }).getByRole('row')
    await expect(failed).toHaveCount(1)
    await expect(failed).toContainText('ERROR_PHONE_INNER_IN_USAGE')
    const failedName = (await failed.getByRole('cell').first().textContent()) ?? ''
    expect(await seriousViolations(page)).toEqual([])

    await dialog.getByRole('button', { name: 'Retry the failed ones' }).click()
    await expect(dialog).toContainText('1 selected employee, in the table’s order.')
    await expect(preview.getByRole('row')).toHaveCount(2)
    await expect(preview.getByRole('row').nth(1).getByRole('cell')).toHaveText([
      failedName,
      /^(\d+|—)$/,
      '5040',
    ])
    await dialog.getByRole('button', { name: 'Assign 1 extension' }).click()
    await expect(dialog.getByRole('status')).toHaveText('1 extension assigned')
    await dialog.getByRole('button', { name: 'Close' }).click()

    // Bitrix24 holds 4990–4999 and 5001–5040, one each; the table shows them.
    // One page of user.get (50 rows): one request, so the portal's request bucket is not the test's limit.
    const page50 = rest(portal, 'user.get', {
      FILTER: { ACTIVE: true, USER_TYPE: 'employee' },
      select: ['ID', 'UF_PHONE_INNER'],
    }).result as Array<{ UF_PHONE_INNER?: string }>
    const stored = page50.map((row) => row.UF_PHONE_INNER ?? '')
    const expected = [4990, ...Array.from({ length: 49 }, (_, i) => (i < 9 ? 4991 + i : 5001 + i - 9))]
    expect(stored.map(Number).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b))
    await app.getByRole('searchbox', { name: 'Search by name or extension' }).fill('5040')
    await expect(app.getByRole('row').filter({ hasText: failedName })).toContainText('5040')
  })
})

test.describe('without the scope user', () => {
  test.use({ portalOptions: { settings: { confirmationRequired: false } } })

  test('extensions are read-only and one line says how to allow editing', async ({ app, portal }) => {
    const someone = employeeWhere(portal, (e) => Boolean(e.sip.INNER_NUMBER))
    await expect(
      app.getByText(
        'Extensions are read-only: to change them here, give the app the optional scope “user” in Bitrix24 and open it again.',
      ),
    ).toBeVisible()
    const row = await rowOf(app, someone.name)
    await expect(row).toContainText(someone.sip.INNER_NUMBER!)
    await expect(app.getByRole('button', { name: /^Edit extension of/ })).toHaveCount(0)
    await row.getByRole('checkbox', { name: `Select ${someone.name}` }).check()
    const bar = app.getByRole('region', { name: '1 selected' })
    await expect(bar.getByRole('button', { name: 'Switch on' })).toBeVisible()
    await expect(bar.getByRole('button', { name: 'Assign extensions' })).toHaveCount(0)
  })
})

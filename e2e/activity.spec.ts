import AxeBuilder from '@axe-core/playwright'
import type { FrameLocator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { employeeCount, seededEmployees, wholeList, type SeededEmployee } from './helpers.ts'
import type { startLocalPortal } from './portal/start.ts'

type LocalPortal = Awaited<ReturnType<typeof startLocalPortal>>
type Newest = { CALL_START_DATE: string; CALL_TYPE: string; CALL_FAILED_CODE: string | null } | undefined

const DAY_MS = 86_400_000

/**
 * Each employee's newest call as an administrator reads it, on the portal's side, outside the portal's
 * request bucket (which the app's own scan must stay within).
 */
function newestCalls(portal: LocalPortal, employees: SeededEmployee[]): Map<number, Newest> {
  const bucket = { ...portal.engine.settings.bucket }
  portal.engine.updateSettings({ bucket: { drainPerSecond: 0 } })
  try {
    return readNewest(portal, employees)
  } finally {
    portal.engine.updateSettings({ bucket })
  }
}

function readNewest(portal: LocalPortal, employees: SeededEmployee[]): Map<number, Newest> {
  const token = portal.engine.issueToken(Date.now())
  return new Map(
    employees.map((e) => {
      const answer = portal.engine.handleRest(
        'voximplant.statistic.get',
        { auth: token.AUTH_ID, FILTER: { PORTAL_USER_ID: e.id }, SORT: 'CALL_START_DATE', ORDER: 'DESC' },
        Date.now(),
      )
      const { result } = answer.body as { result?: Newest[] }
      if (!result) throw new Error(`statistic.get answered ${JSON.stringify(answer.body)}`)
      return [e.id, result[0]]
    }),
  )
}

const ageOf = (call: Newest) => (call ? Date.now() - Date.parse(call.CALL_START_DATE) : Infinity)

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('iframe[name*="|"]').analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/** Runs the scan from the keyboard: the button, then the dialog's start, then waits for its results. */
async function scanByKeyboard(
  page: Page,
  app: FrameLocator,
  names: { open: string; start: string; close: string },
) {
  await app.getByRole('button', { name: names.open }).focus()
  await page.keyboard.press('Enter')
  const dialog = app.getByRole('dialog')
  const start = dialog.getByRole('button', { name: names.start })
  await expect(start).toBeVisible()
  for (let step = 0; step < 10 && !(await start.evaluate((el) => el === document.activeElement)); step++)
    await page.keyboard.press('Tab')
  await expect(start).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: names.close })).toBeVisible()
  return dialog
}

const EN = { open: 'Show last calls', start: 'Read last calls', close: 'Close' }

test.describe('the activity scan as an administrator', () => {
  test.use({ portalOptions: { employees: 60, settings: { confirmationRequired: false } } })

  test("shows each employee's last call; the filters pick the right people; lazy; axe clean", async ({
    page,
    app,
    portal,
  }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    // Some seeded employees are dismissed: the list holds the active ones, as many as the portal counts.
    const total = await wholeList(app, portal)
    const everyone = seededEmployees(portal, total)
    const newest = newestCalls(portal, everyone)
    expect(scripts.some((url) => url.includes('activity-dialog'))).toBe(false)

    const dialog = await scanByKeyboard(page, app, EN)
    expect(scripts.some((url) => url.includes('activity-dialog'))).toBe(true)
    await expect(
      dialog.getByText(`Done: the last calls of ${total} employees are in the table.`),
    ).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(app.getByRole('columnheader', { name: 'Last call' })).toBeVisible()

    // Never called, per the portal's own data, and exactly those in the filter.
    const never = everyone.filter((e) => newest.get(e.id) === undefined)
    const unused90 = everyone.filter(
      (e) => e.sip.PHONE_ENABLED === 'Y' && ageOf(newest.get(e.id)) > 90 * DAY_MS,
    )
    const unused30 = everyone.filter(
      (e) => e.sip.PHONE_ENABLED === 'Y' && ageOf(newest.get(e.id)) > 30 * DAY_MS,
    )
    expect(never.length).toBeGreaterThan(0)
    expect(unused90.length).toBeGreaterThan(0)
    await expect(
      app.getByText(new RegExp(`^${unused90.length} SIP phones? (is|are) on without a call`)),
    ).toBeVisible()

    const filter = app.getByRole('combobox', { name: 'Calls' })
    for (const [option, expected] of [
      ['Never called', never],
      ['Phone on, no calls in 90 days', unused90],
      ['Phone on, no calls in 30 days', unused30],
    ] as const) {
      await filter.selectOption({ label: option })
      await expect(employeeCount(app)).toHaveText(`${expected.length} of ${total} employees`)
    }
    // Each unused phone's row says so, with the direction of its last call when there was one.
    await filter.selectOption({ label: 'Phone on, no calls in 90 days' })
    const someone = unused90.find((e) => newest.get(e.id) !== undefined) ?? unused90[0]!
    const row = app.getByRole('row').filter({ hasText: new RegExp(`${someone.sip.SIP_LOGIN}(?!\\d)`) })
    await expect(row.getByText(newest.get(someone.id) ? 'No calls in 90 days' : 'Never')).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })
})

test.describe('the activity scan under narrower rights', () => {
  test.use({
    portalOptions: {
      employees: 30,
      settings: {
        confirmationRequired: false,
        currentUserId: 2,
        permission: 'any',
        callStatisticsPermission: 'own',
      },
    },
  })

  test('names the employees it could not read and calls nobody "never"', async ({ page, app, portal }) => {
    const total = await wholeList(app, portal)
    const everyone = seededEmployees(portal, total)
    const own = newestCalls(portal, everyone).get(2) !== undefined ? 1 : 0
    const dialog = await scanByKeyboard(page, app, EN)
    const hidden = total - own
    await expect(dialog.getByRole('list', { name: `${hidden} employees could not be read` })).toBeVisible()
    await expect(dialog.getByRole('list').getByRole('listitem')).toHaveCount(hidden)
    expect(await seriousViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Close' }).click()
    await app.getByRole('combobox', { name: 'Calls' }).selectOption({ label: 'Never called' })
    await expect(app.getByText('No employee matches the search and filters.')).toBeVisible()
  })
})

/** The scan's words in each language the app ships, as the portal's LANG names it. */
const LANGUAGES = [
  {
    lang: 'ru',
    open: 'Показать последние звонки',
    start: 'Прочитать звонки',
    close: 'Закрыть',
    column: 'Последний звонок',
  },
  {
    lang: 'de',
    open: 'Letzte Anrufe anzeigen',
    start: 'Letzte Anrufe lesen',
    close: 'Schließen',
    column: 'Letzter Anruf',
  },
  {
    lang: 'la',
    open: 'Mostrar últimas llamadas',
    start: 'Leer últimas llamadas',
    close: 'Cerrar',
    column: 'Última llamada',
  },
  {
    lang: 'br',
    open: 'Mostrar últimas chamadas',
    start: 'Ler últimas chamadas',
    close: 'Fechar',
    column: 'Última chamada',
  },
]

for (const language of LANGUAGES) {
  test.describe(`the activity scan in ${language.lang}`, () => {
    test.use({
      portalOptions: { employees: 20, settings: { confirmationRequired: false, lang: language.lang } },
    })

    test('runs and shows the column, axe clean', async ({ page, app }) => {
      await expect(app.getByRole('button', { name: language.open })).toBeVisible()
      const dialog = await scanByKeyboard(page, app, language)
      expect(await seriousViolations(page)).toEqual([])
      await dialog.getByRole('button', { name: language.close }).click()
      await expect(app.getByRole('columnheader', { name: language.column })).toBeVisible()
    })
  })
}

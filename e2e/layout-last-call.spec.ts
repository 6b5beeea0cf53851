import type { Page } from '@playwright/test'
import { createI18n, loadLaterTexts, setLanguage } from '../app/i18n/i18n.ts'
import { expect, test } from './fixtures.ts'
import { seededEmployees } from './helpers.ts'
import { PAGE_AROUND_FRAME } from './look/screens.ts'
import { clipped, clippedHeaders, laidOut, scanLastCalls } from './look/table-fit.ts'

type Column = 'employee' | 'department' | 'extension' | 'phone' | 'line' | 'server' | 'login' | 'password'

/**
 * Once a scan adds the Last call column, what gives way at a laptop's ~1,000 px frame and in a
 * Bitrix24 slider (~800 px); the panel still shows every column.
 */
const WIDTHS: ReadonlyArray<{ frame: number; gone: Column[]; kept: Column[] }> = [
  {
    frame: 1000,
    gone: ['server', 'department', 'line'],
    kept: ['employee', 'extension', 'phone', 'login', 'password'],
  },
  {
    frame: 800,
    gone: ['server', 'department', 'line', 'password'],
    kept: ['employee', 'extension', 'phone', 'login'],
  },
]

/** The app's own words in a portal language (its catalogs, as in the app). */
async function textsOf(bitrixLang: string) {
  const i18n = createI18n()
  await Promise.all([setLanguage(i18n, bitrixLang), loadLaterTexts()])
  return {
    header: (column: Column) => i18n.t(`users.columns.${column}`),
    list: i18n.t('users.listRegion'),
    scan: i18n.t('activity.scan'),
    start: i18n.t('activity.start'),
    close: i18n.t('activity.close'),
    column: i18n.t('activity.column'),
  }
}

const sideways = (page: Page) => page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)

for (const { frame, gone, kept } of WIDTHS) {
  for (const lang of ['en', 'ru', 'de', 'la', 'br']) {
    test.describe(`a ${frame} px frame with the Last call column, LANG ${lang}`, () => {
      test.use({
        viewport: { width: frame + PAGE_AROUND_FRAME, height: 900 },
        portalOptions: { settings: { lang, confirmationRequired: false } },
      })

      test('every row still fits without scrolling sideways; every column left is readable', async ({
        app,
        page,
      }) => {
        const text = await textsOf(lang)
        expect((await page.locator('iframe[name*="|"]').boundingBox())?.width).toBe(frame)
        await expect(app.getByRole('switch', { disabled: false }).first()).toBeVisible({ timeout: 30_000 })
        await scanLastCalls(app, text)

        const table = app.getByRole('table')
        // Hidden headers included: a column that gave way is in the DOM with display: none.
        const header = (name: string) =>
          table.getByRole('columnheader', { name: new RegExp(`^${name}`), includeHidden: true })
        for (const column of gone) expect(await laidOut(header(text.header(column)))).toBe(false)
        for (const column of kept) await expect(header(text.header(column))).toBeVisible()
        await expect(header(text.column)).toBeVisible()

        const scroller = app.getByRole('region', { name: text.list })
        const fits = await scroller.evaluate((node) => node.scrollWidth <= node.clientWidth)
        expect(fits, 'the table scrolls sideways').toBe(true)
        expect(await sideways(page)).toBe(0)
        expect(await clippedHeaders(table)).toEqual([])
        for (const row of (await table.getByRole('row').all()).slice(1, 8)) {
          for (const cell of await row.getByRole('cell').all()) {
            if (await laidOut(cell)) expect(await clipped(cell), await cell.innerText()).toEqual([])
          }
        }
      })
    })
  }

  test.describe(`a ${frame} px frame with the Last call column: the row's controls`, () => {
    test.use({
      viewport: { width: frame + PAGE_AROUND_FRAME, height: 900 },
      portalOptions: { settings: { confirmationRequired: false } },
    })

    test('the name, switch, extension, login and last call stay inside the frame', async ({
      app,
      portal,
    }) => {
      const someone = seededEmployees(portal).find((e) => e.sip.SIP_PASSWORD && e.sip.INNER_NUMBER)!
      await expect(app.getByRole('switch', { disabled: false }).first()).toBeVisible({ timeout: 30_000 })
      await scanLastCalls(app)
      await app.getByRole('searchbox', { name: 'Search by name or extension' }).fill(someone.name)
      const row = app.getByRole('table').getByRole('row', { name: new RegExp(someone.name) })
      const lastCall = row.getByRole('cell').last()
      await expect(lastCall).toHaveText(/\d{4}|Never|No calls in 90 days/)
      const scroller = await app.getByRole('region', { name: 'Employee list' }).boundingBox()
      const controls = [
        row.getByRole('button', { name: someone.name, exact: true }),
        row.getByRole('switch', { name: `SIP phone for ${someone.name}` }),
        row.getByText(someone.sip.INNER_NUMBER!, { exact: true }),
        row.getByRole('button', { name: `Copy SIP login of ${someone.name}` }),
        lastCall,
      ]
      if (kept.includes('password'))
        controls.push(row.getByRole('button', { name: `Show SIP password of ${someone.name}` }))
      else
        await expect(row.getByRole('button', { name: `Show SIP password of ${someone.name}` })).toBeHidden()
      for (const control of controls) {
        await expect(control).toBeVisible()
        const box = await control.boundingBox()
        expect(box!.x + box!.width).toBeLessThanOrEqual(scroller!.x + scroller!.width)
      }
    })
  })
}

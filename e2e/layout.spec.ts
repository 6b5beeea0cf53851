import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { seededEmployees } from './helpers.ts'
import { clipped, clippedHeaders, laidOut } from './look/table-fit.ts'

/**
 * The portal page gives the app's frame the viewport less its left menu (220 px) and the work area's
 * padding (2 × 20 px), as a Bitrix24 page does: a 1,260 px window leaves the app 1,000 px.
 */
const PAGE_AROUND_FRAME = 260

/** Each language the app ships, as the portal's LANG names it, with the headers that must show. */
const LANGUAGES = [
  {
    lang: 'en',
    columns: ['Employee', 'Extension', 'SIP phone', 'SIP login', 'SIP password'],
    list: 'Employee list',
    pending: 'Awaiting approval',
  },
  {
    lang: 'ru',
    columns: ['Сотрудник', 'Внутренний номер', 'SIP-телефон', 'SIP-логин', 'SIP-пароль'],
    list: 'Список сотрудников',
    pending: 'Ждет разрешения',
  },
  {
    lang: 'de',
    columns: ['Mitarbeiter', 'Durchwahl', 'SIP-Telefon', 'SIP-Login', 'SIP-Passwort'],
    list: 'Mitarbeiterliste',
    pending: 'Wartet auf Freigabe',
  },
  {
    lang: 'la',
    columns: ['Empleado', 'Extensión', 'Teléfono SIP', 'Usuario SIP', 'Contraseña SIP'],
    list: 'Lista de empleados',
    pending: 'Esperando aprobación',
  },
  {
    lang: 'br',
    columns: ['Funcionário', 'Ramal', 'Telefone SIP', 'Login SIP', 'Senha SIP'],
    list: 'Lista de funcionários',
    pending: 'Aguardando aprovação',
  },
] as const

/** Frame widths of a 1,280–1,440 px laptop, and of a Bitrix24 slider. */
const WIDTHS = [
  { frame: 1000, hidden: ['SIP server', 'Department'], shown: ['Outgoing line'] },
  { frame: 800, hidden: ['SIP server', 'Department', 'Outgoing line'], shown: [] },
] as const

for (const { frame, hidden, shown } of WIDTHS) {
  for (const { lang, columns, list } of LANGUAGES) {
    test.describe(`a ${frame} px frame, LANG ${lang}`, () => {
      test.use({
        viewport: { width: frame + PAGE_AROUND_FRAME, height: 900 },
        portalOptions: { settings: { lang, confirmationRequired: false } },
      })

      test('every row fits without scrolling sideways; no header is clipped', async ({ app, page }) => {
        expect(await frameWidth(page)).toBe(frame)
        const table = app.getByRole('table')
        await expect(app.getByRole('switch', { disabled: false }).first()).toBeVisible()
        for (const name of columns) await expect(columnHeader(table, name)).toBeVisible()

        const scroller = app.getByRole('region', { name: list })
        await expect(scroller.getByRole('table')).toBeVisible()
        const { scrollWidth, clientWidth } = await widths(scroller)
        expect(scrollWidth, 'the table scrolls sideways').toBeLessThanOrEqual(clientWidth)
        // Every header laid out, also one the fixed layout squeezed to nothing (Playwright deems it hidden).
        expect(await clippedHeaders(table)).toEqual([])
        // Every shown cell of the rendered rows holds its content: controls are never cut off.
        for (const row of (await table.getByRole('row').all()).slice(1, 8)) {
          for (const cell of await row.getByRole('cell').all()) {
            if (await laidOut(cell)) expect(await clipped(cell), await cell.innerText()).toEqual([])
          }
        }
      })
    })
  }

  for (const { lang, pending } of LANGUAGES)
    test.describe(`a ${frame} px frame, LANG ${lang}, approval pending`, () => {
      test.use({
        viewport: { width: frame + PAGE_AROUND_FRAME, height: 900 },
        portalOptions: { settings: { lang } },
      })

      test('the phone column reads its whole state beside the switch', async ({ app }) => {
        // The approval banner is up: the rows say "awaiting approval" in the portal's language.
        await expect(app.getByRole('alert')).toBeVisible()
        // The state beside the switch is hidden from screen readers (the switch's description says it).
        const switchCell = app
          .getByRole('row')
          .filter({ has: app.getByRole('switch') })
          .first()
          .getByRole('cell')
          .filter({ has: app.getByRole('switch') })
        const state = switchCell.getByText(pending, { exact: true })
        await expect(state).toBeVisible()
        const sizes = await state.evaluate((span) => ({
          text: span.textContent,
          scrollHeight: span.scrollHeight,
          clientHeight: span.clientHeight,
          scrollWidth: span.scrollWidth,
          clientWidth: span.clientWidth,
        }))
        expect(sizes.scrollHeight, `"${sizes.text}" cut off`).toBeLessThanOrEqual(sizes.clientHeight)
        expect(sizes.scrollWidth, `"${sizes.text}" cut off`).toBeLessThanOrEqual(sizes.clientWidth)
      })
    })

  test.describe(`a ${frame} px frame: what gives way`, () => {
    test.use({
      viewport: { width: frame + PAGE_AROUND_FRAME, height: 900 },
      portalOptions: { settings: { confirmationRequired: false } },
    })

    test('lower-priority columns hide; the row keeps its switch, extension, login and password', async ({
      app,
      portal,
    }) => {
      const someone = seededEmployees(portal).find((e) => e.sip.SIP_PASSWORD && e.sip.INNER_NUMBER)!
      const table = app.getByRole('table')
      await expect(app.getByRole('switch', { disabled: false }).first()).toBeVisible()
      for (const name of hidden)
        expect(await laidOut(columnHeader(table, name, { includeHidden: true })), name).toBe(false)
      for (const name of shown) await expect(columnHeader(table, name)).toBeVisible()

      await app.getByRole('searchbox', { name: 'Search by name or extension' }).fill(someone.name)
      const row = table.getByRole('row', { name: new RegExp(someone.name) })
      const scroller = await app.getByRole('region', { name: 'Employee list' }).boundingBox()
      for (const control of [
        row.getByRole('button', { name: someone.name, exact: true }),
        row.getByRole('switch', { name: `SIP phone for ${someone.name}` }),
        row.getByText(someone.sip.INNER_NUMBER!, { exact: true }),
        row.getByRole('button', { name: `Copy SIP login of ${someone.name}` }),
        row.getByRole('button', { name: `Show SIP password of ${someone.name}` }),
        row.getByRole('button', { name: `Copy SIP password of ${someone.name}` }),
      ]) {
        await expect(control).toBeVisible()
        const box = await control.boundingBox()
        expect(box!.x + box!.width).toBeLessThanOrEqual(scroller!.x + scroller!.width)
      }
    })
  })
}

function columnHeader(table: Locator, name: string, options: { includeHidden?: boolean } = {}): Locator {
  return table.getByRole('columnheader', { name: new RegExp(`^${name}`), ...options })
}

async function frameWidth(page: Page): Promise<number | undefined> {
  return (await page.locator('iframe[name*="|"]').boundingBox())?.width
}

async function widths(element: Locator) {
  return element.evaluate((node) => ({ scrollWidth: node.scrollWidth, clientWidth: node.clientWidth }))
}

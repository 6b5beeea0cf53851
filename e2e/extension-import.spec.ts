import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { FrameLocator, Page } from '@playwright/test'
import { buildXlsx } from '../app/features/telephony-users/import/test/build-xlsx.ts'
import { createI18n, loadLaterTexts, setLanguage } from '../app/i18n/i18n.ts'
import { expect, test } from './fixtures.ts'
import { seededEmployees } from './helpers.ts'
import { measureBundle } from '../scripts/bench/bundle-size.ts'
import type { startLocalPortal } from './portal/start.ts'

type LocalPortal = Awaited<ReturnType<typeof startLocalPortal>>

const WITH_USER_SCOPE = ['telephony', 'user_brief', 'department', 'user']

/** Windows-1251 for Cyrillic letters (А–я at 0xC0–0xFF); ASCII stays as it is. */
function cp1251(text: string): Buffer {
  const letters = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя'
  return Buffer.from(
    [...text].map((c) => (letters.includes(c) ? 0xc0 + letters.indexOf(c) : c.charCodeAt(0))),
  )
}

/** The extension Bitrix24 holds, read on the portal's side ('' when none). */
function stored(portal: LocalPortal, id: number): string {
  const auth = portal.engine.issueToken(Date.now()).AUTH_ID
  const answer = portal.engine.handleRest('user.get', { auth, FILTER: { ID: id } }, Date.now()).body as {
    result: Array<{ UF_PHONE_INNER?: string }>
  }
  return answer.result[0]?.UF_PHONE_INNER ?? ''
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('iframe[name*="|"]').analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/** Two with extensions swap them; a queue's number, a duplicate, a number too long and nobody. */
function casesOf(portal: LocalPortal) {
  const employees = seededEmployees(portal, 50)
  const withNumber = employees.filter((e) => e.sip.INNER_NUMBER && e.sip.INNER_NUMBER !== '5000')
  const [a, b] = withNumber
  const [c, d, e] = employees.filter((x) => x !== a && x !== b)
  if (!a || !b || !c || !d || !e) throw new Error('the seed has too few employees')
  const rows: Array<[number, string]> = [
    [a.id, b.sip.INNER_NUMBER ?? ''],
    [b.id, a.sip.INNER_NUMBER ?? ''],
    [c.id, '5000'],
    [d.id, '7771'],
    [d.id, '7772'],
    [e.id, '12345'],
    [987654, '7773'],
  ]
  const before = {
    a: stored(portal, a.id),
    b: stored(portal, b.id),
    c: stored(portal, c.id),
    d: stored(portal, d.id),
    e: stored(portal, e.id),
  }
  return { a, b, c, d, e, rows, before }
}

async function runImport(
  app: FrameLocator,
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  text: { open: string; title: string; summary: string; apply: string },
  previewRows = 8,
) {
  // By keyboard: the toolbar's button opens the dialog with the file input focused.
  await app.getByRole('button', { name: text.open }).focus()
  await page.keyboard.press('Enter')
  const dialog = app.getByRole('dialog', { name: text.title })
  await expect(dialog.locator('input[type=file]')).toBeFocused()
  await dialog.locator('input[type=file]').setInputFiles(file)
  await expect(dialog.getByRole('status')).toHaveText(text.summary)
  await expect(dialog.getByRole('table').getByRole('row')).toHaveCount(previewRows)
  expect(await seriousViolations(page)).toEqual([])
  return { dialog, apply: () => dialog.getByRole('button', { name: text.apply }).click() }
}

test.describe('import with the scope user', () => {
  test.use({
    portalOptions: { employees: 52, settings: { confirmationRequired: false, appScopes: WITH_USER_SCOPE } },
  })

  test('an XLSX: the fate of every line before sending, then exactly the valid changes', async ({
    app,
    page,
    portal,
  }) => {
    const { a, b, c, d, e, rows, before } = casesOf(portal)
    const xlsx = buildXlsx([{ name: 'Plan', rows: [['User ID', 'New extension'], ...rows] }])
    const { dialog, apply } = await runImport(
      app,
      page,
      { name: 'plan.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(xlsx) },
      {
        open: 'Import from a file',
        title: 'Import extensions from a spreadsheet',
        summary: '3 will be changed · 0 already set · 4 will not be sent',
        apply: 'Apply 3 changes',
      },
    )
    const table = dialog.getByRole('table', { name: 'What happens to each line' })
    await expect(table).toContainText('The same employee is also on line 6')
    await expect(table).toContainText('At most 4 digits')
    await expect(table).toContainText('No employee found')
    expect(stored(portal, a.id)).toBe(before.a) // nothing sent yet

    await apply()
    await expect(dialog.getByRole('status')).toHaveText('2 extensions assigned · Failed: 1')
    await expect(dialog.getByRole('table', { name: 'Results' })).toContainText('ERROR_PHONE_INNER_IN_USAGE')
    expect([stored(portal, a.id), stored(portal, b.id)]).toEqual([before.b, before.a])
    expect([stored(portal, c.id), stored(portal, d.id), stored(portal, e.id)]).toEqual([
      before.c,
      before.d,
      before.e,
    ])
    expect(await seriousViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
  })
})

test.describe('import in Russian', () => {
  test.use({
    portalOptions: {
      employees: 52,
      settings: { confirmationRequired: false, appScopes: WITH_USER_SCOPE, lang: 'ru' },
    },
  })

  test('a Windows-1251 CSV with semicolons and Russian headers', async ({ app, page, portal }) => {
    const { a, b, c, rows, before } = casesOf(portal)
    const csv = ['ID пользователя;Внутренний номер', ...rows.map((r) => r.join(';'))].join('\r\n')
    const { dialog, apply } = await runImport(
      app,
      page,
      { name: 'план.csv', mimeType: 'text/csv', buffer: cp1251(csv) },
      {
        open: 'Импорт из файла',
        title: 'Импорт внутренних номеров из таблицы',
        summary: 'Будет изменено: 3 · уже так: 0 · не будет отправлено: 4',
        apply: 'Применить 3 изменения',
      },
    )
    expect(stored(portal, a.id)).toBe(before.a)
    await apply()
    await expect(dialog.getByRole('table')).toContainText('ERROR_PHONE_INNER_IN_USAGE')
    expect([stored(portal, a.id), stored(portal, b.id), stored(portal, c.id)]).toEqual([
      before.b,
      before.a,
      before.c,
    ])
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })
})

test("the import (its readers and its dialog) is not in the first screen's bundle", async () => {
  const dir = 'dist/app'
  const bundle = await measureBundle(dir)
  // Strings only the import's code holds: the encrypted-workbook check and the dialog's catalog key use.
  const markers = ['EncryptionInfo', 'import.previewLabel']
  const inFile = async (file: string) => readFile(path.join(dir, file), 'utf8')
  for (const asset of bundle.js) {
    const code = await inFile(asset.file)
    for (const marker of markers) expect(code, `${asset.file} holds ${marker}`).not.toContain(marker)
  }
  const lazy = await Promise.all(bundle.lazy.map(inFile))
  for (const marker of markers) expect(lazy.some((code) => code.includes(marker))).toBe(true)
})

/** The import's texts in a portal language, as the app words them (its own catalogs, English fallback). */
async function importTexts(bitrixLang: string) {
  const i18n = createI18n()
  await Promise.all([setLanguage(i18n, bitrixLang), loadLaterTexts()])
  return {
    open: i18n.t('import.open'),
    title: i18n.t('import.title'),
    summary: i18n.t('import.summary', { ready: 3, unchanged: 0, problem: 4 }),
    apply: i18n.t('import.confirm', { count: 3 }),
    assigned: i18n.t('extension.doneAssigned', { count: 2 }),
  }
}

for (const lang of ['de', 'la', 'br']) {
  test.describe(`import in the portal language ${lang}`, () => {
    test.use({
      portalOptions: {
        employees: 52,
        settings: { confirmationRequired: false, appScopes: WITH_USER_SCOPE, lang },
      },
    })

    test('an XLSX: every line’s fate first, then exactly the valid changes', async ({
      app,
      page,
      portal,
    }) => {
      const text = await importTexts(lang)
      const { a, b, c, d, e, rows, before } = casesOf(portal)
      const xlsx = buildXlsx([{ name: 'Plan', rows: [['User ID', 'New extension'], ...rows] }])
      const { dialog, apply } = await runImport(
        app,
        page,
        { name: 'plan.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(xlsx) },
        text,
      )
      expect(stored(portal, a.id)).toBe(before.a) // nothing sent yet
      await apply()
      await expect(dialog.getByRole('status')).toContainText(text.assigned)
      await expect(dialog.getByRole('table')).toContainText('ERROR_PHONE_INNER_IN_USAGE')
      expect([stored(portal, a.id), stored(portal, b.id)]).toEqual([before.b, before.a])
      expect([stored(portal, c.id), stored(portal, d.id), stored(portal, e.id)]).toEqual([
        before.c,
        before.d,
        before.e,
      ])
      expect(await seriousViolations(page)).toEqual([])
    })
  })
}

/** An employee's e-mail as Bitrix24 answers it to an app with the scope user. */
function emailOf(portal: LocalPortal, id: number): string {
  const auth = portal.engine.issueToken(Date.now()).AUTH_ID
  const answer = portal.engine.handleRest('user.get', { auth, FILTER: { ID: id } }, Date.now()).body as {
    result: Array<{ EMAIL?: string }>
  }
  const email = answer.result[0]?.EMAIL
  if (!email) throw new Error(`employee ${id} has no e-mail`)
  return email
}

test.describe('import by e-mail', () => {
  test.use({
    portalOptions: { employees: 52, settings: { confirmationRequired: false, appScopes: WITH_USER_SCOPE } },
  })

  test('a swap by e-mail; an unknown e-mail is listed and not sent; a line left out stays as it was', async ({
    app,
    page,
    portal,
  }) => {
    const { a, b, c, before } = casesOf(portal)
    const rows = [
      [emailOf(portal, a.id), b.sip.INNER_NUMBER ?? ''],
      [emailOf(portal, b.id), a.sip.INNER_NUMBER ?? ''],
      [emailOf(portal, c.id), '7774'],
      ['nobody@northwind.example', '7773'],
    ]
    const xlsx = buildXlsx([{ name: 'Plan', rows: [['E-mail', 'New extension'], ...rows] }])
    const { dialog } = await runImport(
      app,
      page,
      { name: 'plan.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(xlsx) },
      {
        open: 'Import from a file',
        title: 'Import extensions from a spreadsheet',
        summary: '3 will be changed · 0 already set · 1 will not be sent',
        apply: 'Apply 3 changes',
      },
      5,
    )
    const table = dialog.getByRole('table', { name: 'What happens to each line' })
    await expect(table).toContainText('No employee found')
    // The admin leaves one good line out, by keyboard: only the other two are sent.
    const leaveOut = table.getByRole('checkbox', { name: `Apply line 4: ${c.name}, extension 7774` })
    await leaveOut.focus()
    await page.keyboard.press('Space')
    await expect(leaveOut).not.toBeChecked()
    await expect(dialog.getByRole('status')).toHaveText(
      '2 will be changed · 0 already set · 1 will not be sent · 1 left out',
    )
    expect(await seriousViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Apply 2 changes' }).click()
    await expect(dialog.getByRole('status')).toHaveText('2 extensions assigned')
    expect([stored(portal, a.id), stored(portal, b.id)]).toEqual([before.b, before.a])
    expect(stored(portal, c.id)).toBe(before.c)
  })
})

import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Frame, FrameLocator, Page } from '@playwright/test'
import type { TFunction } from 'i18next'
import { createI18n, loadLaterTexts, setLanguage } from '../../app/i18n/i18n.ts'
import { startLocalPortal, type LocalPortal } from '../../e2e/portal/start.ts'

export const MARKET_DIR = 'docs/market'
export const SHOT_LANGUAGES = ['en', 'ru', 'de'] as const

/** The Market's largest screenshot. */
export const SHOT_SIZE = { width: 1280, height: 720 }
/** The demo portal the screenshots show (`npm start`'s defaults). */
export const DEMO_PORTAL = { dataset: 'demo', employees: 200, seed: 1 } as const

/** What is recorded beside each screenshot: where it came from and every text on screen. */
export interface ShotRecord {
  lang: string
  dataset: 'demo' | 'test'
  employees: number
  seed: number
  sha256: string
  /** Whether the app was open in the portal's slider, as the Market wants it shown. */
  inSlider: boolean
  /** The portal page's and the app frame's visible text when the picture was taken. */
  text: string
}

interface Scene {
  name: string
  /** Brings the screen to what the picture shows; the app is open in the slider, SIP settings allowed. */
  show(ctx: { page: Page; app: FrameLocator; t: TFunction; portal: LocalPortal }): Promise<void>
}

const rows = (app: FrameLocator) => app.getByRole('table').first().getByRole('row')

/** Select the first `count` employees of the list by their row checkboxes. */
async function selectRows(app: FrameLocator, count: number, from = 1): Promise<void> {
  for (let i = from; i < from + count; i++) await rows(app).nth(i).getByRole('checkbox').check()
}

export const SCENES: readonly Scene[] = [
  { name: '01-employees', show: async () => {} },
  {
    name: '02-employee-panel',
    show: async ({ app }) => {
      await rows(app).nth(2).getByRole('button').first().click()
      await app.getByRole('dialog').getByRole('switch').first().waitFor()
    },
  },
  {
    name: '03-bulk-on-off',
    show: async ({ app, t }) => {
      await selectRows(app, 6, 3)
      await app
        .getByRole('region', { name: t('bulk.selected', { count: 6 }) })
        .getByRole('button', { name: t('bulk.switchOn') })
        .click()
      const dialog = app.getByRole('dialog')
      await dialog.getByRole('button', { name: t('bulk.switchOn') }).click()
      await dialog
        .getByRole('button', { name: t('bulk.close'), exact: true })
        .last()
        .waitFor({ timeout: 30_000 })
    },
  },
  {
    name: '04-assign-extensions',
    show: async ({ app, t }) => {
      await selectRows(app, 8, 1)
      await app
        .getByRole('region', { name: t('bulk.selected', { count: 8 }) })
        .getByRole('button', { name: t('extension.assign') })
        .click()
      const dialog = app.getByRole('dialog', { name: t('extension.assignTitle') })
      await dialog.getByRole('textbox', { name: t('extension.rangeFrom') }).fill('2100')
      await dialog.getByRole('textbox', { name: t('extension.rangeTo') }).fill('2199')
      await dialog.getByRole('checkbox', { name: t('extension.replace') }).check()
      await dialog.getByRole('table', { name: t('extension.previewLabel') }).waitFor()
    },
  },
]

/** Takes every scene in one language on a fresh demo portal, plus the approval banner and the install page. */
export async function shootLanguage(browser: Browser, lang: string, outDir: string): Promise<string[]> {
  const i18n = createI18n()
  await Promise.all([setLanguage(i18n, lang), loadLaterTexts()])
  const t = i18n.t.bind(i18n) as TFunction
  await mkdir(outDir, { recursive: true })
  const portal = await startLocalPortal({
    ...DEMO_PORTAL,
    appDir: 'dist/app',
    settings: { lang, appScopes: ['telephony', 'user_brief', 'department', 'user'] },
  })
  const context = await browser.newContext({ viewport: SHOT_SIZE, locale: lang })
  const written: string[] = []
  try {
    const page = await context.newPage()
    const app = page.frameLocator('iframe[name*="|"]')
    const open = async () => {
      await page.goto(`${portal.portalUrl}?slider=app`)
      await app.getByRole('table').first().waitFor()
    }
    const shoot = async (name: string) =>
      written.push(await save(page, lang, path.join(outDir, `${name}.png`)))

    await open()
    await app.getByRole('alert').first().waitFor()
    await page.getByRole('button', { name: 'Allow for an hour' }).waitFor()
    await shoot('05-approval')
    await page.getByRole('button', { name: 'Allow for an hour' }).click()
    // Every load brings a new token, which Bitrix24 would have approved again: the rest shows approved sessions.
    portal.engine.updateSettings({ confirmationRequired: false })
    for (const scene of SCENES) {
      await open()
      await app.getByRole('switch', { disabled: false }).first().waitFor()
      // Not while the list re-reads itself (the Refresh button spins then).
      await app.locator('button:not([data-loading])', { hasText: t('users.refresh') }).waitFor()
      await scene.show({ page, app, t, portal })
      // A dialog is centred in the app's frame, which the slider may have scrolled away from.
      const dialogs = app.getByRole('dialog')
      if ((await dialogs.count()) > 0)
        await dialogs.last().getByRole('heading').first().scrollIntoViewIfNeeded()
      await shoot(scene.name)
    }
    portal.engine.updateSettings({ installMode: true })
    await page.goto(`${portal.portalUrl}?slider=app`)
    await app.getByRole('button', { name: t('install.finish') }).waitFor()
    await shoot('06-install')
  } finally {
    await context.close()
    await portal.close()
  }
  return written
}

function appFrame(page: Page): Frame | undefined {
  return page.frames().find((frame) => frame.name().includes('|'))
}

/** The PNG, and beside it what was on screen (`.json`), so a check can tell demo data from test data. */
async function save(page: Page, lang: string, file: string): Promise<string> {
  const png = await page.screenshot({ type: 'png' })
  const frameText = (await appFrame(page)?.locator('body').innerText()) ?? ''
  const record: ShotRecord = {
    lang,
    ...DEMO_PORTAL,
    sha256: createHash('sha256').update(png).digest('hex'),
    inSlider: await page.locator('#app-slider-body iframe').isVisible(),
    text: `${await page.locator('body').innerText()}\n${frameText}`,
  }
  await writeFile(file, png)
  await writeFile(file.replace(/\.png$/, '.json'), `${JSON.stringify(record, null, 2)}\n`)
  return file
}

/**
 * `npm run market`: what the Bitrix24 Market asks for, written into `docs/market/` (and the README's
 * pictures into `docs/screenshots/`): the icon, screenshots of the built app in the local portal's
 * slider with the demo company in English, Russian and German, each with a record of what was on
 * screen. `scripts/market/market-files.test.ts` checks the result. Run after `vite build`.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { launchBenchBrowser } from '../bench/browser.ts'
import { renderIcon } from './icon.ts'
import { MARKET_DIR, SHOT_LANGUAGES, shootLanguage } from './shots.ts'

async function main(): Promise<void> {
  const browser = await launchBenchBrowser()
  try {
    const page = await browser.newPage()
    await mkdir(MARKET_DIR, { recursive: true })
    await writeFile(path.join(MARKET_DIR, 'icon.png'), await renderIcon(page, 512))
    await writeFile('public/icon.png', await renderIcon(page, 256))
    await page.close()
    for (const lang of SHOT_LANGUAGES) {
      const written = await shootLanguage(browser, lang, path.join(MARKET_DIR, 'screenshots', lang))
      console.log(`${lang}: ${written.length} screenshots`)
    }
    const en = path.join(MARKET_DIR, 'screenshots', 'en')
    await copyFile(path.join(en, '01-employees.png'), 'docs/screenshots/users.png')
    await copyFile(path.join(en, '05-approval.png'), 'docs/screenshots/approval.png')
    await copyFile(path.join(en, '06-install.png'), 'docs/screenshots/install.png')
  } finally {
    await browser.close()
  }
}

await main()

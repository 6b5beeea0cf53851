import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sendText } from './http.ts'

export const PAGE_DIR = fileURLToPath(new URL('../page/', import.meta.url))
export const PAGE_ASSET_PREFIX = '/_portal/page/'

/** What page.js reads from `#portal-config` (its `PageConfig` typedef). */
export interface PageConfig {
  domain: string
  appUrl: string
  appMethod: 'POST' | 'GET'
  memberId: string
  appName: string
}

/** The parent page, with its config inlined (no extra round trip before the app can load). */
export async function sendPortalPage(res: ServerResponse, config: PageConfig): Promise<void> {
  const template = await readFile(path.join(PAGE_DIR, 'index.html'), 'utf8')
  // Inside <script>, "<" would let a crafted value close the element: encode it.
  const json = JSON.stringify(config).replace(/</g, '\\u003c')
  sendText(
    res,
    200,
    template.replace('__PORTAL_CONFIG__', () => json),
    'text/html; charset=utf-8',
    { 'Cache-Control': 'no-store' },
  )
}

const PAGE_FILE = /^[a-z0-9-]+\.(js|css)$/

/** The page's own scripts and styles, read from disk on each request so edits show on reload. */
export async function sendPageAsset(res: ServerResponse, name: string): Promise<boolean> {
  if (!PAGE_FILE.test(name) || name.includes('.test.')) return false
  const text = await readFile(path.join(PAGE_DIR, name), 'utf8').catch(() => undefined)
  if (text === undefined) return false
  const type = name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8'
  sendText(res, 200, text, type, { 'Cache-Control': 'no-cache' })
  return true
}

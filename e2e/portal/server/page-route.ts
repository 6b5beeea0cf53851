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
  /** The current user's session id, which the page's unsent-options cookie carries. */
  sessid: string
  appName: string
  /** The portal answers over HTTPS: Bitrix24 then tells the app PROTOCOL 1. */
  https?: boolean
}

/**
 * The parent page, with its config inlined (no extra round trip before the app can load). Never
 * framed by another site: its panel's buttons change the portal.
 */
export async function sendPortalPage(
  res: ServerResponse,
  config: PageConfig,
  headers: Record<string, string> = {},
): Promise<void> {
  const template = await readFile(path.join(PAGE_DIR, 'index.html'), 'utf8')
  // Inside <script>, "<" would let a crafted value close the element: encode it.
  const json = JSON.stringify(config).replace(/</g, '\\u003c')
  sendText(
    res,
    200,
    template.replace('__PORTAL_CONFIG__', () => json),
    'text/html; charset=utf-8',
    { 'Cache-Control': 'no-store', 'Content-Security-Policy': "frame-ancestors 'none'", ...headers },
  )
}

/** The cookie the page keeps unsent user options in (page/user-options.js). */
export const LAST_SETTINGS_COOKIE = 'BITRIX_SM_LAST_SETTINGS'
/** What the page answer sends to drop that cookie once applied. */
export const CLEAR_LAST_SETTINGS = `${LAST_SETTINGS_COOKIE}=; Path=/; Max-Age=0`

/**
 * The user options a page request's `BITRIX_SM_LAST_SETTINGS` cookie carries, as Bitrix24 applies them
 * before rendering the next page (docs/bitrix24.md "User options are saved later"): undefined without
 * the cookie, none when its session id is not the current session's.
 */
export function lastSettingsFromCookie(
  cookieHeader: string | undefined,
  sessid: string,
): Record<string, string> | undefined {
  const raw = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${LAST_SETTINGS_COOKIE}=`))
    ?.slice(LAST_SETTINGS_COOKIE.length + 1)
  if (!raw) return undefined
  const options: Record<string, string> = {}
  let query: URLSearchParams
  try {
    // PHP URL-decodes a cookie once, then parse_str decodes the packed query.
    query = new URLSearchParams(decodeURIComponent(raw))
  } catch {
    return options
  }
  if (query.get('sessid') !== sessid) return options
  for (const [key, value] of query) {
    const match = /^p\[(\d+)\]\[v\]\[(.+)\]$/.exec(key)
    const index = match?.[1]
    if (!match?.[2] || query.get(`p[${index}][c]`) !== 'app_options') continue
    if (!query.get(`p[${index}][n]`)?.startsWith('options_')) continue
    options[match[2]] = value
  }
  return options
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

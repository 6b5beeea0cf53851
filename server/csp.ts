/**
 * The Content-Security-Policy of the app. The app only talks to the Bitrix24 portal that frames it:
 * REST calls and employee photos go to that portal (or Bitrix24's photo CDN), nothing else.
 */

/**
 * Bitrix24 cloud zones: the 18 domain zones Bitrix24's helpdesk lists for cloud portals, plus `.uk`.
 * Portals are `<name>.bitrix24.<zone>`. Left out on purpose: `bitrix24.site` and `.shop`, where customers
 * publish their own Sites pages and stores (`b24-xxxxxx.bitrix24.site`): those are no portals and must
 * neither frame the app nor receive its requests; and `.online`, which no Bitrix24 list names as a portal zone.
 */
export const BITRIX24_CLOUD_ZONES = [
  'com',
  'eu',
  'de',
  'ru',
  'by',
  'kz',
  'ua',
  'es',
  'fr',
  'it',
  'pl',
  'uk',
  'in',
  'com.br',
  'com.tr',
  'jp',
  'cn',
  'vn',
  'id',
] as const

export const BITRIX24_CLOUD_SOURCES: readonly string[] = BITRIX24_CLOUD_ZONES.map(
  (zone) => `https://*.bitrix24.${zone}`,
)

/**
 * Bitrix24's file CDN: a cloud portal's files, employee photos (`PERSONAL_PHOTO`) among them, are served
 * from `cdn.bitrix24.<zone>` (and `cdn-ru.bitrix24.ru`) under the portal's `/b<id>/` path. Bitrix24 runs
 * these hosts, so an image request there reaches no site an attacker could read.
 */
export const BITRIX24_PHOTO_CDN: readonly string[] = [
  ...BITRIX24_CLOUD_ZONES.map((zone) => `https://cdn.bitrix24.${zone}`),
  'https://cdn-ru.bitrix24.ru',
]

type Directive = readonly [string, ...string[]]

/** What the app itself needs, wherever it is served from. */
const APP_DIRECTIVES: readonly Directive[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  // Mantine injects <style> elements (its theme variables, react-remove-scroll's in Modal) with content
  // that varies at run time (scrollbar width, generated ids), so no hash can list them; it needs no
  // style attributes (React sets `style` through the CSSOM), so those stay blocked by `style-src`.
  ['style-src', "'self'"],
  ['style-src-elem', "'self'", "'unsafe-inline'"],
]

const LOCKED: readonly Directive[] = [
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
]

function render(directives: readonly Directive[]): string {
  return directives.map((directive) => directive.join(' ')).join('; ')
}

export interface CspOptions {
  /** The origin of the portal that launched the app, already checked (see `launch-portal.ts`), if any. */
  portal: string | undefined
}

/**
 * The hosted app's policy for one launch: REST, photos and framing for that one portal only, so that
 * script injected into the app cannot reach a portal someone else owns. Without a portal the app may
 * reach none and be framed by none (it then shows its own "not inside Bitrix24" state when opened alone).
 */
export function buildCsp(options: CspOptions): string {
  const portal = options.portal === undefined ? [] : [options.portal]
  const photos = portal.length ? BITRIX24_PHOTO_CDN : []
  return render([
    ...APP_DIRECTIVES,
    ['img-src', "'self'", 'data:', 'blob:', ...portal, ...photos],
    ['connect-src', ...(portal.length ? portal : ["'none'"])],
    ['frame-ancestors', ...(portal.length ? portal : ["'none'"])],
    ...LOCKED,
  ])
}

/**
 * The policy of the static app in the zip, for a `<meta>` element: the portal serves the files (from
 * its own site, or in the cloud from an app host of Bitrix24's), so one file must fit every portal that
 * installs it: the cloud zones plus the `portals` named when packaging. `frame-ancestors` cannot be set
 * by `<meta>` (browsers ignore it there); the portal's own headers decide who frames the files.
 */
export function buildStaticCsp(options: { portals: readonly string[]; anyPortal?: boolean }): string {
  // A Market package serves every portal that installs it, self-hosted ones on domains nobody can list
  // beforehand: `https:` lets it reach any portal over TLS (and still nothing over plain http).
  const any = options.anyPortal ? ['https:'] : []
  const portals = [...new Set([...BITRIX24_CLOUD_SOURCES, ...options.portals, ...any])]
  return render([
    ...APP_DIRECTIVES,
    ['img-src', "'self'", 'data:', 'blob:', ...portals],
    ['connect-src', "'self'", ...portals],
    ...LOCKED,
  ])
}

/** Browser features the app never uses, refused so that injected script cannot ask for them either. */
const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ')

/** No page of the app tells anyone where it was opened from: portal URLs carry the portal's name. */
export const REFERRER_POLICY = 'no-referrer'

/** Headers for every answer of the hosted app. No X-Frame-Options: it would forbid the portal's frame. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': REFERRER_POLICY,
    'Permissions-Policy': PERMISSIONS_POLICY,
  }
}

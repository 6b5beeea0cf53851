/**
 * The Content-Security-Policy of the hosted app (`npm run serve`). The app only talks to the Bitrix24
 * portal that frames it: REST calls and employee photos go to that portal (or its CDN), nothing else.
 */

/**
 * Bitrix24 cloud zones: the 18 domain zones listed by Bitrix24's helpdesk ("In Bitrix24 sind folgende
 * Domain-Zonen verfügbar", helpdesk.bitrix24.de/open/10252860) plus `.uk`. Portals and their CDN
 * (`cdn-ru.bitrix24.ru`, `cdn.bitrix24.com`…) are subdomains of these. Left out on purpose:
 * `bitrix24.site` and `.shop`, where customers publish their own Sites pages and stores
 * (`b24-xxxxxx.bitrix24.site`): those are no portals and must neither frame the app nor receive its
 * requests; and `.online`, which no Bitrix24 list names as a portal zone.
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

export interface PortalOriginOptions {
  /** Accept `http://` (a local test portal); production portals are `https://` only. */
  allowHttp?: boolean
}

const EXAMPLE = 'an origin such as https://portal.example.com'
/** Host names (optionally `*.` for every subdomain), IPv4 or bracketed IPv6: nothing that could end a CSP source. */
const HOST =
  /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$|^\[[0-9a-f:.]+\]$/

/** A self-hosted portal's origin (`https://crm.example.com[:port]`) as a CSP source, or a clear error. */
export function parsePortalOrigin(value: string, options: PortalOriginOptions = {}): string {
  const text = value.trim().replace(/\/$/, '')
  // `new URL` happily parses "crm.example.com:443" as scheme "crm.example.com:": ask for the scheme first.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
    throw new Error(`Portal "${value}" has no scheme: expected ${EXAMPLE}`)
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(`Portal "${value}" is not a URL: expected ${EXAMPLE}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`Portal "${value}" is not https://: expected ${EXAMPLE}`)
  if (url.protocol === 'http:' && !options.allowHttp)
    throw new Error(
      `Portal "${value}" is http://: production portals must be https:// (--allow-http for a test portal)`,
    )
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash || /[?#]$/.test(text))
    throw new Error(`Portal "${value}" has more than an origin: expected ${EXAMPLE}`)
  if (!HOST.test(url.hostname)) throw new Error(`Portal "${value}" has an invalid host: expected ${EXAMPLE}`)
  return `${url.protocol}//${url.host}`
}

/** Portal origins from `B24_PORTALS`: separated by commas or spaces. */
export function splitPortalList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean)
}

export interface CspOptions {
  /** Self-hosted portals, already checked by `parsePortalOrigin`. */
  portals: readonly string[]
}

/** The policy, one directive per concern; the portals are the only other sites the app may reach. */
export function buildCsp(options: CspOptions): string {
  const portals = [...new Set([...BITRIX24_CLOUD_SOURCES, ...options.portals])]
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    // Mantine injects <style> elements (its theme variables, react-remove-scroll's in Modal) with content
    // that varies at run time (scrollbar width, generated ids), so no hash can list them; it needs no
    // style attributes (React sets `style` through the CSSOM), so those stay blocked by `style-src`.
    ['style-src', "'self'"],
    ['style-src-elem', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', ...portals],
    ['connect-src', ...portals],
    ['frame-ancestors', ...portals],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['object-src', "'none'"],
  ]
  return directives.map((directive) => directive.join(' ')).join('; ')
}

/** Headers for every answer of the hosted app. No X-Frame-Options: it would forbid the portal's frame. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  }
}

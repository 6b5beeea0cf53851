/** Portal origins: the ones an administrator names (`--portal`), and the one a launch request names. */
import { BITRIX24_CLOUD_ZONES } from './csp.ts'

export interface PortalOriginOptions {
  /** Accept `http://` (a local test portal); production portals are `https://` only. */
  allowHttp?: boolean
}

const EXAMPLE = 'an origin such as https://portal.example.com'
/** Host names (optionally `*.` for every subdomain), IPv4 or bracketed IPv6: nothing that could end a CSP source. */
const HOST =
  /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$|^\[[0-9a-f:.]+\]$/

/** A portal's origin (`https://crm.example.com[:port]`) as a CSP source, or a clear error. */
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

const CLOUD_PORTAL = new RegExp(
  `^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.bitrix24\\.(?:${BITRIX24_CLOUD_ZONES.map((zone) => zone.replace('.', '\\.')).join('|')})$`,
)

/**
 * The origin of the portal that launched the app, from the `DOMAIN` and `PROTOCOL` (0 http, 1 https) of
 * its launch request: the query string, else the POST form (docs/bitrix24.md "The parent page and frame protocol"). Anyone can
 * send any DOMAIN, so it counts only when it is a cloud portal (`https://<name>.bitrix24.<zone>`) or one
 * of `portals` (checked origins, `*.` allowed); otherwise undefined.
 */
export function launchPortal(
  query: URLSearchParams,
  form: URLSearchParams | undefined,
  portals: readonly string[],
  options: { anyHttps?: boolean } = {},
): string | undefined {
  const source = query.has('DOMAIN') ? query : form
  const domain = source?.get('DOMAIN')
  if (!domain) return undefined
  // Two different portals in one request: believe neither.
  const other = source === query ? form?.get('DOMAIN') : undefined
  if (other !== undefined && other !== null && other !== domain) return undefined
  const protocol = source?.get('PROTOCOL') ?? '1'
  if (protocol !== '0' && protocol !== '1') return undefined
  let origin: string
  try {
    origin = parsePortalOrigin(`${protocol === '1' ? 'https' : 'http'}://${domain}`, { allowHttp: true })
  } catch {
    return undefined
  }
  if (origin.includes('*')) return undefined
  if (portals.some((portal) => sourceMatches(portal, origin))) return origin
  // A Market install may come from any self-hosted portal: then the launching one counts, over https only.
  if (options.anyHttps && origin.startsWith('https://')) return origin
  const cloud = origin.startsWith('https://') && CLOUD_PORTAL.test(origin.slice('https://'.length))
  return cloud ? origin : undefined
}

/** Whether a CSP host source (`https://crm.example.com`, `https://*.example.com:8443`) covers an origin. */
function sourceMatches(source: string, origin: string): boolean {
  if (!source.includes('://*.')) return source === origin
  const [scheme = '', rest = ''] = source.split('://*.')
  const wanted = new URL(`${scheme}://${rest}`)
  const url = new URL(origin)
  return (
    url.protocol === wanted.protocol &&
    url.port === wanted.port &&
    url.hostname.endsWith(`.${wanted.hostname}`)
  )
}

import type { IncomingHttpHeaders } from 'node:http'

export interface Refusal {
  status: 403 | 415
  error: string
}

/** Writes a browser can send cross-site without a preflight use one of these types; JSON is not one. */
const JSON_TYPE = /^application\/json\s*(;|$)/i

/**
 * Whether a request may use the control API. Any web page the developer visits can reach loopback, so
 * the API answers only:
 * - a `Host` naming this portal (a DNS-rebound name like `evil.example:8124` is refused);
 * - no `Origin`, or the portal's own (the page's scripts; Node's fetch sends none);
 * - no `Sec-Fetch-Site`, or `same-origin`/`none` (catches `<img>`/`<script>` requests, which carry no Origin);
 * - for anything but GET/HEAD, `Content-Type: application/json`, which a cross-site form cannot send
 *   and a cross-site fetch cannot send without a preflight this API never grants.
 * @param hosts `host:port` names of this portal, lower case (`127.0.0.1:8124`, `localhost:8124`).
 */
export function refuseControlRequest(
  method: string,
  headers: IncomingHttpHeaders,
  hosts: readonly string[],
): Refusal | undefined {
  // HTTP/2 names the host in `:authority` instead of `Host`.
  const named = headers.host ?? headers[':authority']
  if (typeof named !== 'string' || !hosts.includes(named.toLowerCase()))
    return { status: 403, error: 'The Host header does not name this portal' }
  const origin = headers.origin?.toLowerCase()
  // One port serves one scheme, so either names this portal's page.
  if (origin !== undefined && !hosts.some((host) => [`http://${host}`, `https://${host}`].includes(origin)))
    return { status: 403, error: 'Only the portal page itself may use the control API' }
  const site = headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return { status: 403, error: 'Only the portal page itself may use the control API' }
  if (method !== 'GET' && method !== 'HEAD' && !JSON_TYPE.test(headers['content-type'] ?? ''))
    return { status: 415, error: 'The control API takes Content-Type: application/json' }
  return undefined
}

import type { ServerResponse } from 'node:http'

/**
 * The app lives on another site than the portal (as in production), so its REST calls are
 * cross-origin: every answer carries Allow-Origin, and the preflight is answered. The SDK sends no
 * cookies (axios without `withCredentials`), so `*` is enough and a credentialed call would fail here
 * as it should.
 */
export const ALLOW_ORIGIN = { 'Access-Control-Allow-Origin': '*' } as const

/**
 * An OPTIONS request under `/rest/` gets `CRestUtil::sendHeaders()` and nothing else, before any REST
 * work (docs/bitrix24.md "The parent page and frame protocol"): a 200, these three headers, no
 * Allow-Methods (POST needs none) and no Max-Age, so the browser keeps the answer for its default
 * 5 seconds. A request header beyond these three fails the real preflight, and fails it here too.
 */
const PREFLIGHT_HEADERS = {
  ...ALLOW_ORIGIN,
  'Access-Control-Allow-Headers': 'origin, content-type, accept',
  'X-Content-Type-Options': 'nosniff',
} as const

export function answerPreflight(res: ServerResponse): void {
  res.writeHead(200, { ...PREFLIGHT_HEADERS, 'Content-Length': '0' })
  res.end()
}

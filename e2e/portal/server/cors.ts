import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * The app lives on another site than the portal (as in production), so its REST calls are
 * cross-origin: every answer carries Allow-Origin, and the preflight is answered. The SDK sends no
 * cookies (axios without `withCredentials`), so `*` is enough and a credentialed call would fail here
 * as it should.
 */
export const ALLOW_ORIGIN = { 'Access-Control-Allow-Origin': '*' } as const

export interface CorsOptions {
  /**
   * Access-Control-Max-Age of the preflight answer, seconds. 0 makes the browser ask before every
   * call, the worst case docs/bitrix24.md describes ("an OPTIONS preflight each time").
   */
  maxAgeSeconds: number
}

export function answerPreflight(req: IncomingMessage, res: ServerResponse, options: CorsOptions): void {
  const requested = req.headers['access-control-request-headers']
  res.writeHead(204, {
    ...ALLOW_ORIGIN,
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    // Echo what the browser asks for (Content-Type for the SDK's JSON); nothing else is needed.
    ...(typeof requested === 'string' && requested.length > 0
      ? { 'Access-Control-Allow-Headers': requested }
      : {}),
    'Access-Control-Max-Age': String(options.maxAgeSeconds),
    Vary: 'Access-Control-Request-Headers',
    'Content-Length': '0',
  })
  res.end()
}

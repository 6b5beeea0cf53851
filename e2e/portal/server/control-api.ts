import type { IncomingMessage, ServerResponse } from 'node:http'
import { refuseControlRequest } from './control-guard.ts'
import { BadRequest, handlers, NotFound, type PortalRuntime } from './control-routes.ts'
import { BodyTooLargeError, readText, sendJson as sendAnyJson } from './http.ts'

export const CONTROL_PREFIX = '/_portal/api/'

/** No CORS headers, ever: only the portal's own page and same-machine tools use this API. */
const sendJson = (res: ServerResponse, status: number, body: unknown) =>
  sendAnyJson(res, status, body, { 'X-Content-Type-Options': 'nosniff' })

/**
 * Routes `/_portal/api/<route>`: JSON in, JSON out, 400 with `{error}` on bad input; 403/415 for a
 * request that did not come from the portal page or a local tool (`control-guard.ts`).
 * @param hosts `host:port` names of this portal.
 */
export async function handleControl(
  rt: PortalRuntime,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  hosts: readonly string[],
): Promise<void> {
  const refusal = refuseControlRequest(req.method ?? 'GET', req.headers, hosts)
  if (refusal) {
    sendJson(res, refusal.status, { error: refusal.error })
    return
  }
  const route = url.pathname.slice(CONTROL_PREFIX.length).replace(/\/$/, '')
  const userMatch = /^users\/(\d+)\/voximplant$/.exec(route)
  const pattern = userMatch ? 'users/:id/voximplant' : route
  const handler = handlers[`${req.method ?? 'GET'} ${pattern}`]
  if (!handler) {
    const known = Object.keys(handlers).some((key) => key.endsWith(` ${pattern}`))
    sendJson(res, known ? 405 : 404, {
      error: known ? `Method ${req.method} not allowed on ${route}` : `No control route "${route}"`,
    })
    return
  }
  try {
    const text = await readText(req)
    let body: unknown = undefined
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text)
      } catch {
        throw new BadRequest('The request body is not valid JSON')
      }
    }
    sendJson(res, 200, handler(rt, { body, url, id: Number(userMatch?.[1] ?? 0) }) ?? null)
  } catch (error) {
    if (error instanceof BadRequest || error instanceof BodyTooLargeError)
      sendJson(res, 400, { error: error.message })
    else if (error instanceof NotFound) sendJson(res, 404, { error: error.message })
    else throw error
  }
}

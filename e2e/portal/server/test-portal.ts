import { request } from 'node:http'
import type { PortalEngine } from '../contract.ts'
import { createPortalEngine } from '../engine/engine.ts'
import { seedSmallPortal } from '../engine/small-portal.ts'
import { createPortalServer, type PortalServer, type PortalServerOptions } from './portal-server.ts'

/**
 * A portal server around the real engine with the small portal (Anna Petrova, an administrator and
 * the current user, whose phone is on; Boris Ivanov, whose phone is off; Zoë Ångström), for the HTTP
 * layer's tests.
 */
export async function startTestPortal(
  options: Partial<PortalServerOptions> = {},
): Promise<{ server: PortalServer; engine: PortalEngine; url: string; token: string }> {
  let engine: PortalEngine | undefined
  const server = await createPortalServer({
    appUrl: 'http://localhost:9/',
    createEngine: (origin) => {
      engine = createPortalEngine(origin, seedSmallPortal())
      return engine
    },
    photoFile: (pathname) =>
      pathname === '/upload/main/abc/avatar-7.png'
        ? { contentType: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) }
        : undefined,
    ...options,
  })
  if (!engine) throw new Error('the portal server made no engine')
  return { server, engine, url: server.url, token: engine.issueToken(Date.now()).AUTH_ID }
}

/** A token's first voximplant.user.get, which asks the administrators for approval (docs/bitrix24.md). */
export function askForApproval(engine: PortalEngine): void {
  const auth = engine.issueToken(Date.now()).AUTH_ID
  const answer = engine.handleRest('voximplant.user.get', { USER_ID: [1], auth }, Date.now())
  if (answer.status !== 401) throw new Error(`expected METHOD_CONFIRM_WAITING, got HTTP ${answer.status}`)
}

export interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * One HTTP request on a fresh connection. Resolves with the answer, or rejects with the socket
 * error (a dropped connection) or `'timeout'` when nothing came back within `timeoutMs`.
 */
export function rawRequest(
  url: string,
  init: {
    method?: string
    path: string
    headers?: Record<string, string>
    body?: string
    timeoutMs?: number
  },
): Promise<RawAnswer> {
  const { port, hostname } = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        method: init.method ?? 'GET',
        path: init.path,
        headers: init.headers ?? {},
        agent: false,
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
        res.on('error', reject)
      },
    )
    req.setTimeout(init.timeoutMs ?? 5000, () => {
      req.destroy()
      reject(new Error('timeout'))
    })
    req.on('error', reject)
    req.end(init.body)
  })
}

export function postJson(url: string, path: string, body: unknown, timeoutMs?: number): Promise<RawAnswer> {
  return rawRequest(url, {
    method: 'POST',
    path,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  })
}

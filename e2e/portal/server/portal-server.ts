import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createSecureServer, type Http2Session } from 'node:http2'
import type { AddressInfo } from 'node:net'
import type { DeepPartial, PortalEngine, PortalSettings } from '../contract.ts'
import { CONTROL_PREFIX, handleControl } from './control-api.ts'
import type { PortalRuntime } from './control-routes.ts'
import { ALLOW_ORIGIN, answerPreflight } from './cors.ts'
import { latencyMs } from './faults.ts'
import { initialFrameState } from './frame-state.ts'
import { sendJson, sendText } from './http.ts'
import {
  CLEAR_LAST_SETTINGS,
  lastSettingsFromCookie,
  PAGE_ASSET_PREFIX,
  sendPageAsset,
  sendPortalPage,
} from './page-route.ts'
import { PendingWork } from './pending.ts'
import { handleRest, restMethodOf, type FormParser } from './rest.ts'

export interface PortalServerOptions {
  /** Builds the engine once the port is known: the engine's `domain` is `127.0.0.1:<port>`. */
  createEngine: (origin: { domain: string; photoBaseUrl: string }) => PortalEngine
  appUrl: string
  /** How the page loads the app: POST as Bitrix24 does (default); GET for a dev server that cannot answer POST. */
  appMethod?: 'POST' | 'GET'
  appName?: string
  port?: number
  /**
   * The portal's own host name, as a self-hosted Bitrix24 has (`crm.example.test`), resolved to the
   * loopback address by the browser (Chromium's `--host-resolver-rules`). Default `127.0.0.1`.
   */
  hostname?: string
  /** Applied at start and after every `POST /_portal/api/reset`. */
  settings?: DeepPartial<PortalSettings>
  parseForm?: FormParser
  /** The file behind a photo URL's path (`/upload/…`), or undefined when there is none. */
  photoFile?: (pathname: string) => { contentType: string; body: Buffer } | undefined
  /**
   * Serve HTTPS with HTTP/2 (HTTP/1.1 still accepted), as Bitrix24 Cloud answers: the browser then runs
   * the app's parallel requests over one connection instead of at most six (docs/bitrix24.md "Parallel
   * requests"). The benchmark's mode: faults that drop or hold a connection would end every request on it.
   */
  tls?: { key: string; cert: string }
}

export interface PortalServer {
  /** `http://127.0.0.1:<port>/`: the page a person opens. */
  url: string
  domain: string
  engine: PortalEngine
  runtime: PortalRuntime
  pending: PendingWork
  close(): Promise<void>
}

/** The portal's site: parent page, REST, control API and photos, on loopback only. */
export async function createPortalServer(options: PortalServerOptions): Promise<PortalServer> {
  const pending = new PendingWork()
  let route: (req: IncomingMessage, res: ServerResponse) => Promise<void> = async (_req, res) =>
    sendJson(res, 503, { error: 'Starting' })
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy()
      // CORS only where the app may read: the REST routes.
      else if (req.url?.startsWith('/rest/'))
        sendJson(res, 500, { error: 'INTERNAL_SERVER_ERROR', error_description: String(error) }, ALLOW_ORIGIN)
      else sendJson(res, 500, { error: String(error) })
    })
  }
  const sessions = new Set<Http2Session>()
  const server = options.tls
    ? createSecureServer({ ...options.tls, allowHTTP1: true }, (req, res) =>
        // Node's compatibility API: the same request and response methods the routes use.
        handle(req as unknown as IncomingMessage, res as unknown as ServerResponse),
      ).on('session', (session) => {
        sessions.add(session)
        session.once('close', () => sessions.delete(session))
      })
    : createServer(handle)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const domain = `${options.hostname ?? '127.0.0.1'}:${port}`
  const origin = `${options.tls ? 'https' : 'http'}://${domain}`
  // The names this portal answers its control API under (control-guard.ts).
  const hosts = [domain, `127.0.0.1:${port}`, `localhost:${port}`]
  const engine = options.createEngine({ domain, photoBaseUrl: origin })
  if (options.settings) engine.updateSettings(options.settings)
  const runtime: PortalRuntime = {
    engine,
    frame: initialFrameState(),
    startSettings: options.settings,
    appUrl: options.appUrl,
    // Bitrix24's member_id is a 32-hex id of the portal; derive a stable one from the domain.
    memberId: createHash('md5').update(domain).digest('hex'),
  }
  const pageConfig = {
    domain,
    appUrl: options.appUrl,
    appMethod: options.appMethod ?? 'POST',
    memberId: runtime.memberId,
    appName: options.appName ?? 'SIP phones',
    https: options.tls !== undefined,
  } as const
  const restContext = { engine, pending, parseForm: options.parseForm }

  route = async (req, res) => {
    const url = new URL(req.url ?? '/', origin)
    const method = req.method ?? 'GET'
    const restMethod = url.pathname.startsWith('/rest/') ? restMethodOf(url.pathname) : undefined
    if (url.pathname.startsWith('/rest/')) {
      if (method === 'OPTIONS') {
        // A preflight is a round trip too: it pays the per-request latency.
        await pending.delay(latencyMs(engine.settings.latency))
        answerPreflight(res)
      } else if (restMethod === undefined) {
        sendJson(
          res,
          404,
          { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' },
          ALLOW_ORIGIN,
        )
      } else if (method === 'POST' || (method === 'GET' && options.parseForm)) {
        await handleRest(restContext, req, res, restMethod, url)
      } else {
        sendJson(
          res,
          405,
          { error: 'INVALID_REQUEST', error_description: `${method} is not supported here` },
          { ...ALLOW_ORIGIN, Allow: 'POST, OPTIONS' },
        )
      }
    } else if (url.pathname.startsWith(CONTROL_PREFIX)) {
      await handleControl(runtime, req, res, url, hosts)
    } else if (method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      const headers = applyLastSettings(runtime, req.headers.cookie)
      await sendPortalPage(res, { ...pageConfig, sessid: sessionIdOf(runtime) }, headers)
    } else if (method === 'GET' && url.pathname.startsWith(PAGE_ASSET_PREFIX)) {
      if (!(await sendPageAsset(res, url.pathname.slice(PAGE_ASSET_PREFIX.length))))
        sendText(res, 404, 'Not found\n', 'text/plain; charset=utf-8')
    } else if (method === 'GET' && url.pathname.startsWith('/upload/')) {
      const file = options.photoFile?.(url.pathname)
      if (file === undefined) sendText(res, 404, 'Not found\n', 'text/plain; charset=utf-8')
      // Photos are <img> sources in the app's (other) origin: no CORS needed, but cache like a CDN would.
      else sendText(res, 200, file.body, file.contentType, { 'Cache-Control': 'public, max-age=86400' })
    } else {
      sendText(res, 404, 'Not found\n', 'text/plain; charset=utf-8')
    }
  }

  return {
    url: `${origin}/`,
    domain,
    engine,
    runtime,
    pending,
    close: () =>
      new Promise((resolve) => {
        pending.closeAll()
        server.close(() => resolve())
        if ('closeAllConnections' in server) server.closeAllConnections()
        for (const session of sessions) session.destroy()
      }),
  }
}

/**
 * The page's stand-in for Bitrix24's session id (`bitrix_sessid()`): one per login, so another current
 * user is another session, and options one user's page left in its cookie are never applied to the next
 * user's (docs/bitrix24.md "User options are saved later").
 */
export function sessionIdOf(rt: Pick<PortalRuntime, 'engine' | 'memberId'>): string {
  return createHash('md5').update(`${rt.memberId}:${rt.engine.settings.currentUserId}`).digest('hex')
}

/**
 * User options the previous page kept in its cookie are stored before this page renders, and the
 * cookie is dropped (docs/bitrix24.md "User options are saved later"). Returns the page's extra headers.
 */
function applyLastSettings(rt: PortalRuntime, cookieHeader: string | undefined): Record<string, string> {
  const options = lastSettingsFromCookie(cookieHeader, sessionIdOf(rt))
  if (!options) return {}
  const userId = rt.engine.settings.currentUserId
  for (const [name, value] of Object.entries(options)) rt.engine.setUserOption(userId, name, value)
  return { 'Set-Cookie': CLEAR_LAST_SETTINGS }
}

import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import sirv from 'sirv'
import { handleAppRequest, IMMUTABLE, isHashed, sendText } from './app-request.ts'

/** What a `headers` hook is told about the answer it can add headers to. */
export interface AppFileInfo {
  /** The URL path asked for, without the query string. */
  urlPath: string
  /** The file that path names inside the app (it may not exist), or undefined when it would leave the app. */
  filePath: string | undefined
  /** True when the answer is the app page (`index.html`). */
  isIndex: boolean
  /** The query string: Bitrix24 puts DOMAIN, PROTOCOL, LANG and APP_SID there. */
  query: URLSearchParams
  /** The form of a POST to the app page (Bitrix24's launch request), else undefined. */
  form: URLSearchParams | undefined
}

/** Bounds of one connection; the defaults fit an app page and its hashed files. */
export interface AppServerLimits {
  /** Largest POST body taken in; Bitrix24's launch POST is a few KB. Larger ones get 413. */
  maxBodyBytes: number
  /** Time for a client to send its request headers (slowloris), and then its whole request. */
  headersTimeoutMs: number
  requestTimeoutMs: number
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveTimeoutMs: number
  /** A socket with no traffic for this long is closed (a client that stopped reading a download). */
  idleTimeoutMs: number
}

export const DEFAULT_LIMITS: AppServerLimits = {
  maxBodyBytes: 64 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
}

export interface AppServerOptions {
  /** The built app (Vite's `outDir`), with `index.html` at its root. */
  dir: string
  /** Host name in the returned URL; `localhost` listens on 127.0.0.1 (loopback only). Default `localhost`. */
  host?: string
  /** 0 picks a free port. */
  port?: number
  /** Extra headers for an answer (for example a Content-Security-Policy on the app page); they win over the defaults. */
  headers?: (info: AppFileInfo) => Record<string, string>
  limits?: Partial<AppServerLimits>
}

export interface AppServer {
  /** Ends with `/`: the app path. */
  url: string
  close(): Promise<void>
}

/**
 * Serves a built static app the way a Bitrix24 app host must: the portal opens the app page with an
 * HTTP POST carrying the tokens in a form body (docs/bitrix24.md "The parent page and frame protocol"), so the app path
 * answers POST as well as GET. Files are served by `sirv`; this adds the methods, the POST body limit,
 * what must not be served, the caching rule and the timeouts.
 */
export async function createAppServer(options: AppServerOptions): Promise<AppServer> {
  const root = path.resolve(options.dir)
  const host = options.host ?? 'localhost'
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const serveFile = sirv(root, {
    // "dev" looks each file up on disk per request instead of listing the folder once at start: a
    // redeploy replaces the files under a running server, and a stale list would send old sizes.
    dev: true,
    etag: true,
    dotfiles: false,
    extensions: [],
    setHeaders: (res, pathname) =>
      res.setHeader('Cache-Control', isHashed(pathname) ? IMMUTABLE : 'no-cache'),
  })
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // How often Node checks those two timeouts (default 30 s, which would let a slow client stay far longer).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs / 2),
    },
    (req, res) => {
      handleAppRequest({ root, limits, serveFile, extraHeaders: options.headers }, req, res).catch(() => {
        if (!res.headersSent) sendText(res, 500, 'Internal server error\n')
        else res.destroy()
      })
    },
  )
  server.keepAliveTimeout = limits.keepAliveTimeoutMs
  server.setTimeout(limits.idleTimeoutMs)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host === 'localhost' ? '127.0.0.1' : host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

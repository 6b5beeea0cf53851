import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import sirv from 'sirv'
import { DEFAULT_LIMITS, type AppServerOptions } from './app-options.ts'
import { handleAppRequest, IMMUTABLE, isHashed, sendText } from './app-request.ts'

export type { AppFileInfo, AppServerLimits, AppServerOptions } from './app-options.ts'

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

import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

/** What a `headers` hook is told about the answer it can add headers to. */
export interface AppFileInfo {
  /** The URL path asked for, without the query string. */
  urlPath: string
  /** The file served, or undefined for a 404/405. */
  filePath: string | undefined
  /** True when the answer is the app page (`index.html`). */
  isIndex: boolean
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
}

export interface AppServer {
  /** Ends with `/`: the app path. */
  url: string
  close(): Promise<void>
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

/** Vite puts content-hashed files under `assets/`: they never change, so browsers may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Serves a built static app the way a Bitrix24 app host must: the portal opens the app page with an
 * HTTP POST carrying the tokens in a form body (bitrix24.md "The frame protocol"), so the app path
 * answers POST as well as GET. Dependency-free on purpose: it also serves the app in CI and benchmarks.
 */
export async function createAppServer(options: AppServerOptions): Promise<AppServer> {
  const root = path.resolve(options.dir)
  const host = options.host ?? 'localhost'
  const server = createServer((req, res) => {
    handle(root, options.headers, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
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

async function handle(
  root: string,
  extraHeaders: AppServerOptions['headers'],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const urlPath = new URL(req.url ?? '/', 'http://app.invalid').pathname
  const isIndex = urlPath === '/' || urlPath === '/index.html'
  const send = (status: number, headers: Record<string, string>, filePath?: string) => {
    const extra = extraHeaders?.({ urlPath, filePath, isIndex }) ?? {}
    res.writeHead(status, { ...headers, ...extra })
  }
  // The form body (AUTH_ID, REFRESH_ID…) is of no use to a static app: read it so the socket stays clean.
  req.resume()

  const method = req.method ?? 'GET'
  const allowed = isIndex ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD']
  if (!allowed.includes(method)) {
    send(405, { Allow: allowed.join(', '), 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Method not allowed\n')
    return
  }

  const filePath = isIndex ? path.join(root, 'index.html') : resolveInside(root, urlPath)
  const info = filePath === undefined ? undefined : await stat(filePath).catch(() => undefined)
  if (filePath === undefined || !info?.isFile()) {
    send(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' })
    res.end('Not found\n')
    return
  }

  const inAssets = urlPath.startsWith('/assets/')
  send(
    200,
    {
      'Content-Type': CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(info.size),
      'Cache-Control': inAssets ? IMMUTABLE : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    },
    filePath,
  )
  if (method === 'HEAD') {
    res.end()
    return
  }
  createReadStream(filePath).pipe(res)
}

/** The file a URL path names inside `root`, or undefined when it would leave `root` (`..`, encoded or not). */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`)
  return resolved.startsWith(root + path.sep) ? resolved : undefined
}

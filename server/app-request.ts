/** One request to the app server: method, POST body limit, what is never served, then sirv. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import type { Readable } from 'node:stream'
import type sirv from 'sirv'
import type { AppFileInfo, AppServerLimits, AppServerOptions } from './app-options.ts'
import { parseForm, readBody } from './read-body.ts'
import { isShipped } from './shipped.ts'

/** Vite puts content-hashed files under `assets/`: they never change, so browsers may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
const TEXT = 'text/plain; charset=utf-8'

export interface AppRequestContext {
  root: string
  limits: AppServerLimits
  serveFile: ReturnType<typeof sirv>
  extraHeaders: AppServerOptions['headers']
}

/**
 * Answers one request: GET and HEAD for every file, POST (Bitrix24's launch) for the app page only, its
 * form handed to the `headers` hook; never a source map, dotfile or `e2e/` file.
 */
export async function handleAppRequest(
  context: AppRequestContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const target = req.url ?? '/'
  res.setHeader('X-Content-Type-Options', 'nosniff')
  // A browser never sends a fragment, and only the origin form (`/path?query`) names a file here. sirv
  // would cut the path at `#` while the checks below read it whole: refuse rather than reconcile the two.
  if (!target.startsWith('/') || target.includes('#')) {
    sendText(res, 400, 'Bad request\n', { Connection: 'close' })
    return
  }
  const queryAt = target.indexOf('?')
  const urlPath = queryAt < 0 ? target : target.slice(0, queryAt)
  const query = new URLSearchParams(queryAt < 0 ? '' : target.slice(queryAt + 1))
  const isIndex = urlPath === '/' || urlPath === '/index.html'
  const filePath = isIndex ? path.join(context.root, 'index.html') : resolveInside(context.root, urlPath)
  const info: AppFileInfo = { urlPath, filePath, isIndex, query, form: undefined }

  const method = req.method ?? 'GET'
  const allowed = isIndex ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD']
  if (!allowed.includes(method)) {
    setExtraHeaders(context, info, res)
    sendText(res, 405, 'Method not allowed\n', { Allow: allowed.join(', ') })
    return
  }
  if (method === 'POST') {
    const body = await readBody(req, context.limits.maxBodyBytes)
    if (body === undefined) {
      // Close rather than read a body nobody needs: the client learns the limit from the 413.
      setExtraHeaders(context, info, res)
      sendText(res, 413, 'Payload too large\n', { Connection: 'close' })
      return
    }
    info.form = parseForm(req.headers['content-type'], body)
  }
  setExtraHeaders(context, info, res)
  const relative = filePath && path.relative(context.root, filePath).split(path.sep).join('/')
  if (relative === undefined || !isShipped(relative)) {
    sendText(res, 404, 'Not found\n')
    return
  }
  // A range is of no use for an app's files, and sirv checks none: answer whole files only.
  delete req.headers.range
  // sirv is handed exactly the file that was checked, in a spelling it reads back unchanged.
  req.url = `/${relative.split('/').map(encodeURIComponent).join('/')}`
  guardFileStream(res)
  context.serveFile(req, res, () => sendText(res, 404, 'Not found\n'))
}

function setExtraHeaders(context: AppRequestContext, info: AppFileInfo, res: ServerResponse): void {
  for (const [name, value] of Object.entries(context.extraHeaders?.(info) ?? {})) res.setHeader(name, value)
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': TEXT, 'Cache-Control': 'no-cache', ...headers })
  res.end(text)
}

/**
 * sirv pipes a file stream into the answer but handles neither an error of that stream (a file removed
 * by a redeploy between its lookup and its opening: an uncaught error ends the process) nor a client that
 * goes away (the paused stream would keep its file descriptor open for good). Both end the other here.
 */
function guardFileStream(res: ServerResponse): void {
  res.once('pipe', (file: Readable) => {
    file.once('error', () => res.destroy())
    res.once('close', () => file.destroy())
  })
}

export function isHashed(pathname: string): boolean {
  return pathname.startsWith('/assets/')
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

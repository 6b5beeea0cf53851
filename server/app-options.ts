// What the app server takes: shared by app-server.ts and app-request.ts, so neither imports the other.

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

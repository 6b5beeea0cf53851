/**
 * The contract between the local portal's REST engine (`engine/`) and what runs it: its HTTP layer
 * (`server/`), and the app's unit tests in process (`app/test/in-process-portal.ts`). The engine is
 * pure and synchronous-in-spirit (no sockets, no timers of its own, `now` is passed in); the HTTP layer
 * adds latency, dropped connections, CORS, the parent page and the control API.
 */

/**
 * Telephony permission "User Settings — Modify" of the current user. `roles` is Bitrix24's default
 * roles: administrators `any`, everyone else `none` (docs/bitrix24.md "Permissions").
 */
export type PermissionLevel = 'roles' | 'any' | 'department' | 'own' | 'none'

/** How `voximplant.user.deactivatePhone` behaves: `broken` is what Bitrix24 does today (answers 1, turns the phone on). */
export type DeactivateMode = 'working' | 'broken'

export interface BucketSettings {
  /** Requests drained per second (standard plan 2, enterprise 5); 0 disables the bucket. */
  drainPerSecond: number
  /** Counter value above which requests are refused with 503 QUERY_LIMIT_EXCEEDED (standard 50, enterprise 250). */
  limit: number
}

export interface FaultSettings {
  /** Share of requests (0..1) that fail; decided by a seeded PRNG so runs repeat. */
  rate: number
  /** Which failures may be picked: HTTP 500 INTERNAL_SERVER_ERROR, a dropped connection, a request that never answers. */
  kinds: Array<'error500' | 'drop' | 'timeout'>
  /** Which requests may fail: `reads`, `writes` (any request carrying activate/deactivatePhone or user.update) or `all`. */
  scope: 'reads' | 'writes' | 'all'
  /** For `drop` and `timeout`: whether the request was executed before the connection died (`after`), not (`before`), or either. */
  when: 'before' | 'after' | 'either'
  /**
   * For `timeout`: 0 = the request never answers and only the client's own timeout ends it (axios in the
   * SDK: 30 s). Above 0 = after this many ms the front server gives up and answers its own 504 Gateway
   * Time-out page (nginx in front of Bitrix24 does at the 60 s request limit), without CORS headers.
   */
  gatewayTimeoutMs: number
}

export interface LatencySettings {
  /** Fixed delay per HTTP request, ms. */
  perRequestMs: number
  /** Extra delay per executed command (a batch of 50 costs 50 of these), ms. */
  perCommandMs: number
  /**
   * Per-command delay of named methods (lower case, e.g. `user.get`), ms, in place of `perCommandMs`:
   * Bitrix24's methods differ (their answers' `time` blocks). Commands of one batch run one after
   * another; parallel requests run in parallel, as on Bitrix24.
   */
  perMethodMs: Record<string, number>
  /**
   * Extra delay per row a named method's command answered (lower case), ms: a read's cost grows a little
   * with its rows (docs/bitrix24.md "Latency model"). Methods not named cost nothing per row.
   */
  perRowMs: Record<string, number>
}

export interface PortalSettings {
  /** The current user (the one whose token the app gets). */
  currentUserId: number
  permission: PermissionLevel
  /**
   * Telephony permission "Call statistics — View" of the current user (voximplant.statistic.get).
   * `roles` is Bitrix24's default roles: administrators `any`, every other employee `own` (docs/bitrix24.md
   * "voximplant.statistic.get").
   */
  callStatisticsPermission: PermissionLevel
  /** Administrator confirmation of voximplant.user.get per token. */
  confirmationRequired: boolean
  deactivateMode: DeactivateMode
  /** voximplant.line.get answers ACCESS_DENIED when false (needs "Management of Numbers"). */
  lineNamesReadable: boolean
  /** voximplant.line.get answers `[]`: a portal without numbers or SIP lines. */
  noLines: boolean
  /** False: every activatePhone answers 1 and leaves the phone off (portal e-mail not confirmed). */
  portalEmailConfirmed: boolean
  /** Users whose telephony registration fails: activatePhone answers 1 and leaves their phone off. */
  registrationFailsFor: number[]
  /** The scopes the app was installed with (`scope` answers them; a method of another scope is insufficient_scope). */
  appScopes: string[]
  /**
   * PHP's max_input_vars for form bodies and batch commands: variables past it are dropped. Default
   * 10,000, the least Bitrix24's own system check accepts; PHP's own default is 1,000.
   */
  maxInputVars: number
  /** Lifetime of issued access tokens, seconds (Bitrix24: 3600). */
  tokenLifetimeSeconds: number
  bucket: BucketSettings
  /** Operating-time limit per method over the window, seconds (Bitrix24's example: 480); 0 disables. */
  operatingLimitSeconds: number
  /** The sliding window operating time is summed over, seconds (Bitrix24: 600); tests shorten it. */
  operatingWindowSeconds: number
  /** A method's time in one request counts only above this, seconds (Bitrix24: 0.1); tests set 0. */
  operatingMinimumSeconds: number
  latency: LatencySettings
  faults: FaultSettings
  /** Frame behaviour of the parent page: which commands it answers (false = never answers), and its delays. */
  frame: {
    answerInitData: boolean
    answerRefreshAuth: boolean
    answerOpenPath: boolean
    /** ms from `setInstallFinish` to the reload of the portal page (Bitrix24: one server round trip). */
    installReloadDelayMs: number
    /** ms before a `setUserOption` reaches the server (Bitrix24's `BX.userOptions.delay`: 5000). */
    userOptionSaveDelayMs: number
  }
  /** Portal language given to the app as LANG (a Bitrix24 code: en, ru, de, la, br…). */
  lang: string
  /** Open the app in install mode (INSTALL/FIRST_RUN true) until installation finishes. */
  installMode: boolean
}

export interface TokenInfo {
  AUTH_ID: string
  REFRESH_ID: string
  /** Seconds until expiry. */
  AUTH_EXPIRES: number
  expiresAt: number
  userId: number
}

export type ConfirmationState = 'waiting' | 'approved' | 'denied'

export interface PendingConfirmation {
  token: string
  userId: number
  method: 'voximplant.user.get'
  askedAt: number
  /** Who got the notification: every administrator, or only the caller when the caller is one. */
  notified?: number[]
}

export interface RequestLogEntry {
  seq: number
  at: number
  /** `batch` for a batch request; the REST method otherwise. */
  method: string
  /** For a batch: the method of each command, in order. */
  commands?: string[]
  /** Parameters with `auth` removed and never a SIP password. */
  params: unknown
  status: number
  /** Bitrix24 error code when the request failed as a whole ('' for an empty code). */
  error?: string
  /** Per-command error codes of a batch, by command key. */
  commandErrors?: Record<string, string>
  durationMs: number
  /** How the HTTP layer ended it when it did not answer normally. */
  fault?: 'drop' | 'timeout' | 'error500'
}

export interface ExecutedCommand {
  method: string
  /** Rows of the answer: a list's items, an object's keys, 0 for a failed command, else 1. */
  rows: number
}

export interface RestAnswer {
  status: number
  body: unknown
  /** Number of commands executed (1 for a plain call, N for a batch). */
  commandCount: number
  /** Each executed command, in order: its method and how many rows it answered (the latency model's input). */
  commands: ExecutedCommand[]
  /** The entry the engine appended to the log; the HTTP layer sets `durationMs` and `fault` on it. */
  logEntry: RequestLogEntry
}

export interface EngineOptions {
  /** Seeded employees (default 200; must stay quick at 20,000). */
  employees: number
  /** PRNG seed for data and faults (default 1). */
  seed: number
  /** `host:port` the parent page is served at, exactly as the iframe name carries it. */
  domain: string
  portalName: string
  /** Base URL photos are served from (the portal's own origin). */
  photoBaseUrl: string
  /** `test` (default): the e2e suite's seed with hostile names; `demo`: a believable company (engine/seed.ts). */
  dataset?: 'test' | 'demo'
}

/** What the HTTP layer needs from the engine. */
export interface PortalEngine {
  readonly settings: PortalSettings
  updateSettings(patch: DeepPartial<PortalSettings>): PortalSettings
  /** Execute `POST /rest/<method>` with its parsed JSON (or form) body. `now` in ms. */
  handleRest(method: string, body: Record<string, unknown>, now: number): RestAnswer
  /** A fresh token for the current user (getInitData at page load, or refreshAuth). */
  issueToken(now: number): TokenInfo
  /** Make every live token of the current user expire now. */
  expireTokens(now: number): void
  pendingConfirmations(): PendingConfirmation[]
  /** Decide every waiting confirmation (what the admin's notification buttons do). Returns how many were decided. */
  decideConfirmations(decision: 'approved' | 'denied'): number
  /** Portal-side truth for tests: the voximplant settings of one user, as Bitrix24 stores them. */
  voximplantUser(userId: number): Record<string, string | null> | undefined
  /** Change data behind the app's back (as another admin would). */
  setPhoneEnabled(userId: number, value: 'Y' | 'N' | null): void
  /** Mark installation finished (setInstallFinish). */
  finishInstall(): void
  userOptions(userId: number): Record<string, string>
  setUserOption(userId: number, name: string, value: string): void
  /** Delete one user's options of the app (an uninstall "with data" deletes only the uninstalling user's). */
  clearUserOptions?(userId: number): void
  /** Summary for the panel: counts, current user, portal name. */
  describe(): {
    portalName: string
    domain: string
    employees: number
    currentUser: { id: number; name: string; isAdmin: boolean }
  }
  readonly log: RequestLogEntry[]
  /** For a request the HTTP layer failed before the engine saw it (fault `before`). */
  recordFault(
    method: string,
    body: Record<string, unknown>,
    fault: 'drop' | 'timeout' | 'error500',
    now: number,
  ): RequestLogEntry
  /** The seeded PRNG's next value in [0, 1), for the HTTP layer's fault decisions (so runs repeat). */
  random(): number
  clearLog(): void
  /** Back to the seeded data and default settings. */
  reset(): void
}

export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K]
}
export type CreatePortalEngine = (
  options: Partial<EngineOptions> & Pick<EngineOptions, 'domain' | 'photoBaseUrl'>,
) => PortalEngine

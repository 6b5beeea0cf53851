import { defaultSettings } from '../engine/settings.ts'
import type {
  DeepPartial,
  PendingConfirmation,
  PortalEngine,
  RequestLogEntry,
  RestAnswer,
  TokenInfo,
} from '../contract.ts'
import { isRecord } from './http.ts'

/**
 * A hand-written `PortalEngine` for the HTTP layer's tests: no business rules, just enough to see
 * what the server passed in and to answer. `activatePhone` turns a phone on so a test can tell
 * whether a write happened; `random` plays back `randomValues` so fault decisions are scripted.
 */
export interface FakeEngine extends PortalEngine {
  calls: Array<{ method: string; body: Record<string, unknown> }>
  faults: Array<{ method: string; fault: string }>
  randomValues: number[]
  /** Puts a waiting confirmation in place, as a first voximplant.user.get would. */
  addPending(confirmation: PendingConfirmation): void
}

// The fake starts from the real engine's defaults, so the two cannot drift apart.
export { defaultSettings }

function merge<T>(target: T, patch: DeepPartial<T>): T {
  const out = { ...target } as Record<string, unknown>
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    out[key] = isRecord(value) && isRecord(out[key]) ? merge(out[key], value) : value
  }
  return out as T
}

export function createFakeEngine(): FakeEngine {
  let settings = defaultSettings()
  let seq = 0
  let phones = new Map<number, 'Y' | 'N' | null>([
    [1, 'N'],
    [2, 'N'],
  ])
  const options = new Map<string, string>()
  const pending: PendingConfirmation[] = []
  const log: RequestLogEntry[] = []
  const entry = (
    method: string,
    body: Record<string, unknown>,
    status: number,
    at: number,
  ): RequestLogEntry => {
    const { auth: _auth, ...params } = body
    const logged: RequestLogEntry = { seq: ++seq, at, method, params, status, durationMs: 0 }
    log.push(logged)
    return logged
  }
  const engine: FakeEngine = {
    calls: [],
    faults: [],
    randomValues: [],
    addPending: (confirmation) => void pending.push(confirmation),
    get settings() {
      return settings
    },
    updateSettings(patch) {
      settings = merge(settings, patch)
      return settings
    },
    handleRest(method, body, now): RestAnswer {
      engine.calls.push({ method, body })
      const cmd = body.cmd
      const commands =
        method === 'batch' && isRecord(cmd)
          ? Object.values(cmd).map(String)
          : [`${method}?USER_ID=${String(body.USER_ID)}`]
      for (const command of commands) {
        const [name, query] = command.split('?')
        if (name === 'voximplant.user.activatePhone')
          phones.set(Number(new URLSearchParams(query).get('USER_ID')), 'Y')
      }
      if (method === 'fail.me') {
        return {
          status: 401,
          body: { error: 'expired_token', error_description: 'The access token provided has expired.' },
          commandCount: 1,
          logEntry: entry(method, body, 401, now),
        }
      }
      const status = 200
      return {
        status,
        body: { result: { method, body }, time: { start: now / 1000 } },
        commandCount: commands.length,
        logEntry: entry(method, body, status, now),
      }
    },
    issueToken(now): TokenInfo {
      return {
        AUTH_ID: `auth${seq}x${now}`,
        REFRESH_ID: `refresh${now}`,
        AUTH_EXPIRES: settings.tokenLifetimeSeconds,
        expiresAt: now + 3_600_000,
        userId: settings.currentUserId,
      }
    },
    expireTokens() {},
    pendingConfirmations: () => [...pending],
    decideConfirmations: () => pending.splice(0).length,
    voximplantUser: (id) =>
      phones.has(id) ? { ID: String(id), PHONE_ENABLED: phones.get(id) ?? null } : undefined,
    setPhoneEnabled: (id, value) => void phones.set(id, value),
    finishInstall() {},
    userOptions: () => Object.fromEntries(options),
    setUserOption: (_userId, name, value) => void options.set(name, value),
    describe: () => ({
      portalName: 'Fake',
      domain: 'fake',
      employees: 2,
      currentUser: { id: 1, name: 'Ada Admin', isAdmin: true },
    }),
    get log() {
      return log
    },
    recordFault(method, body, fault, now) {
      engine.faults.push({ method, fault })
      const logged = entry(method, body, 0, now)
      logged.fault = fault
      return logged
    },
    random: () => engine.randomValues.shift() ?? 0,
    clearLog: () => void log.splice(0),
    reset() {
      settings = defaultSettings()
      phones = new Map([
        [1, 'N'],
        [2, 'N'],
      ])
      options.clear()
    },
  }
  return engine
}

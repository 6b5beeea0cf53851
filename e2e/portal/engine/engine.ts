import type { CreatePortalEngine, EngineOptions, PortalEngine } from '../contract.ts'
import { ConfirmationBook } from './confirmations.ts'
import { commandMethods, handleRest, type EngineState } from './handle-rest.ts'
import { LeakyBucket, OperatingClock } from './limits.ts'
import { methodKey } from './methods/registry.ts'
import { loggableParams, RequestLog } from './log.ts'
import { createRandom, deriveSeed } from './random.ts'
import { seedPortal, type SeedOptions } from './seed.ts'
import { defaultSettings, mergeSettings } from './settings.ts'
import { TokenStore } from './tokens.ts'
import type { PortalData } from './types.ts'

export { parsePhpQuery } from './php-query.ts'

const DEFAULTS = { employees: 200, seed: 1, portalName: 'Northwind Trading' } as const

/**
 * The local portal's REST engine: seeded data, Bitrix24's REST semantics, no I/O and no timers
 * (`now` comes from the caller). The HTTP layer in `../server` wraps it; unit tests call it in
 * process (`app/test/in-process-portal.ts`). `seed` makes the data (again on `reset`): the
 * generated portal by default, a hand-written one (`small-portal.ts`) for unit tests.
 */
export function createPortalEngine(
  given: Parameters<CreatePortalEngine>[0],
  seed: (options: SeedOptions) => PortalData = seedPortal,
): PortalEngine {
  const options: EngineOptions = { ...DEFAULTS, ...given }
  const seedData = () => seed(options)
  const windowMs = () => state.settings.operatingWindowSeconds * 1000
  const state: EngineState = {
    data: seedData(),
    settings: defaultSettings(),
    bucket: new LeakyBucket(),
    operating: new OperatingClock(() => windowMs()),
    confirmations: new ConfirmationBook(),
    tokens: new TokenStore(deriveSeed(options.seed, 3)),
    log: new RequestLog(),
    userOptions: new Map(),
  }
  let faultRandom = createRandom(deriveSeed(options.seed, 4))

  const engine: PortalEngine = {
    get settings() {
      return state.settings
    },
    updateSettings(patch) {
      state.settings = mergeSettings(state.settings, patch)
      return state.settings
    },
    handleRest: (method, body, now) => handleRest(state, method, body, now),
    issueToken: (now) =>
      state.tokens.issue(now, state.settings.currentUserId, state.settings.tokenLifetimeSeconds),
    expireTokens: (now) => state.tokens.expireAll(now),
    pendingConfirmations: () => state.confirmations.pending(),
    decideConfirmations: (decision) => state.confirmations.decideAll(decision),
    voximplantUser(userId) {
      const settings = state.data.voximplant.get(userId)
      return settings ? { ID: String(userId), ...settings } : undefined
    },
    setPhoneEnabled(userId, value) {
      const settings = state.data.voximplant.get(userId)
      if (settings) settings.PHONE_ENABLED = value
    },
    finishInstall() {
      state.settings = mergeSettings(state.settings, { installMode: false })
    },
    userOptions: (userId) => ({ ...state.userOptions.get(userId) }),
    setUserOption(userId, name, value) {
      state.userOptions.set(userId, { ...state.userOptions.get(userId), [name]: value })
    },
    clearUserOptions(userId) {
      state.userOptions.delete(userId)
    },
    describe() {
      const user = state.data.usersById.get(state.settings.currentUserId)
      const name = user ? `${user.fields.NAME} ${user.fields.LAST_NAME}`.trim() : ''
      return {
        portalName: options.portalName,
        domain: options.domain,
        employees: state.data.employees,
        currentUser: { id: state.settings.currentUserId, name, isAdmin: user?.isAdmin ?? false },
      }
    },
    get log() {
      return state.log.entries
    },
    recordFault: (method, body, fault, now) =>
      state.log.append({
        at: now,
        method,
        ...(methodKey(method) === 'batch' ? { commands: commandMethods(body) } : {}),
        params: loggableParams(body),
        status: 0,
        durationMs: 0,
        fault,
      }),
    random: () => faultRandom(),
    clearLog: () => state.log.clear(),
    reset() {
      // Tokens stay valid (an open app keeps working); the log keeps its history and numbering.
      state.data = seedData()
      state.settings = defaultSettings()
      state.bucket = new LeakyBucket()
      state.operating = new OperatingClock(() => windowMs())
      state.confirmations.clear()
      state.userOptions.clear()
      faultRandom = createRandom(deriveSeed(options.seed, 4))
    },
  }
  return engine
}

import type { AuthActions } from '@bitrix24/b24jssdk'
import type { DeepPartial, PortalEngine, PortalSettings } from '../../e2e/portal/contract.ts'
import { createPortalEngine } from '../../e2e/portal/engine/engine.ts'
import { addEmployee, seedSmallPortal, type SmallPerson } from '../../e2e/portal/engine/small-portal.ts'
import type { PortalData } from '../../e2e/portal/engine/types.ts'
import { createB24Client, type ClientClock } from '@/api/b24/client.ts'
import type { Portal } from '@/api/b24/portal.ts'
import { FailureRules, type Failure, type PortalCall } from './fail-when.ts'
import { DOMAIN, InProcessB24, tokenAuth } from './in-process-sdk.ts'
import { engineAdapter } from './in-process-transport.ts'

export interface InProcessOptions {
  /** Settings of the portal from the start (permissions, deactivate mode, scopes, faults…). */
  settings?: DeepPartial<PortalSettings>
  /**
   * The administrators' decision on this token's `voximplant.user.get`, taken before the app starts;
   * `waiting` leaves it to the test (`engine.decideConfirmations`). Default `approved`.
   */
  approval?: 'waiting' | 'approved' | 'denied'
  /** Called as each request arrives, before the portal answers it, with the methods it carries. */
  onRequest?: (methods: string[]) => void
  /** Employees 4…n added to the small portal (in Sales), for tests about large portals. */
  employees?: number
  /** The app client's clock (its waits for Bitrix24's limits); the real one by default. */
  clock?: ClientClock
}

export interface InProcessPortal {
  /** What the app gets: its B24Client is the app's own, over the SDK's own HTTP layer. */
  portal: Portal
  /** The same engine the e2e suite and `npm start` run: its settings and state are the test's controls. */
  engine: PortalEngine
  /** Every REST command the portal received, a batch's commands each, in order. */
  commands(method?: string): string[]
  /** The phone state Bitrix24 holds for an employee. */
  phone(userId: number): string | null | undefined
  /** Hires an employee behind the app's back, as an HR colleague would. */
  addEmployee(person: SmallPerson): void
  /** The SDK's token expires and is refreshed on the next call, as after an hour of use. */
  expireToken(): void
  /**
   * A failure at one precise call (fail-when.ts), for what the engine's settings cannot aim at; the
   * returned function lifts it. Anything else is still the engine's to answer.
   */
  failWhen(match: (call: PortalCall) => boolean, failure: Failure): () => void
  /** Requests with a matching call wait until the returned function lets them through (fail-when.ts). */
  holdWhen(match: (call: PortalCall) => boolean): () => void
  /** Records a call in the statistics, `ageSeconds` before the request that reads it. */
  addCall(call: { userId: number; ageSeconds: number; incoming?: number; code?: string }): void
}

/**
 * The local portal's engine in process, behind the real SDK: calls are encoded by the SDK (and the
 * app's form posts), answered by the engine, and come back through `toAppError` as Bitrix24's
 * answers do. Seeded with `SMALL_PORTAL`: Anna Petrova (administrator, the current user), Boris
 * Ivanov, Zoë Ångström.
 */
export function inProcessPortal(options: InProcessOptions = {}): InProcessPortal {
  let data: PortalData | undefined
  const seed = seedSmallPortal()
  const engine = createPortalEngine({ domain: DOMAIN, photoBaseUrl: `https://${DOMAIN}` }, (o) => {
    data = seed(o)
    return data
  })
  // Unit tests are about the app, not pacing: no request bucket unless a test sets one.
  engine.updateSettings({ bucket: { drainPerSecond: 0 }, ...options.settings })
  const auth = tokenAuth(engine)
  decideApproval(engine, auth, options.approval ?? 'approved')
  if (data) for (let id = 4; id <= (options.employees ?? 0); id++) addEmployee(data, filler(id))
  const rules = new FailureRules()
  const b24 = new InProcessB24(auth, engineAdapter(engine, options.onRequest, rules))
  const client = createB24Client(b24, options.clock)
  const portal: Portal = {
    client,
    get lang() {
      return engine.settings.lang
    },
    domain: `https://${DOMAIN}`,
    memberId: `portal_${DOMAIN}`,
    isAdmin: engine.describe().currentUser.isAdmin,
    get installMode() {
      return engine.settings.installMode
    },
    openPath: async () => undefined,
    setTitle: async () => undefined,
    fitWindow: async () => undefined,
    userOption: (name) => engine.userOptions(engine.settings.currentUserId)[name],
    setUserOption: async (name, value) => engine.setUserOption(engine.settings.currentUserId, name, value),
    lastingOption: (name) => engine.userOptions(engine.settings.currentUserId)[name],
    setLastingOption: async (name, value) => engine.setUserOption(engine.settings.currentUserId, name, value),
    installFinish: async () => engine.finishInstall(),
  }
  return {
    portal,
    engine,
    commands: (method) =>
      engine.log
        .flatMap((entry) => entry.commands ?? [entry.method])
        .filter((m) => method === undefined || m === method),
    phone: (userId) => engine.voximplantUser(userId)?.PHONE_ENABLED,
    addEmployee: (person) => {
      if (data) addEmployee(data, person)
    },
    expireToken: () => engine.expireTokens(Date.now()),
    failWhen: (match, failure) => rules.add(match, failure),
    holdWhen: (match) => rules.hold(match),
    addCall: ({ userId, ageSeconds, incoming = 1, code = '200' }) => {
      if (!data) return
      data.calls.push({
        ID: data.calls.length + 1,
        PORTAL_USER_ID: userId,
        PORTAL_NUMBER: 'reg1',
        PHONE_NUMBER: '+19065550100',
        INCOMING: incoming,
        CALL_ID: `externalCall.${data.calls.length + 1}`,
        CALL_CATEGORY: 'external',
        CALL_DURATION: code === '200' ? 60 : 0,
        ageSeconds,
        CALL_VOTE: null,
        COST: 0,
        COST_CURRENCY: 'EUR',
        CALL_FAILED_CODE: code,
        CALL_FAILED_REASON: code === '200' ? 'Success call' : 'Missed call',
      })
    },
  }
}

/** One of the employees a large portal adds: in Sales, no phone set up yet. */
const filler = (id: number): SmallPerson => ({
  id,
  name: `Name${id}`,
  lastName: `Last${id}`,
  departments: [1],
  phone: 'N',
})

/**
 * The token asks once, as the app's first read would, and the administrators decide. Without the
 * right to manage anyone Bitrix24 answers ACCESS_DENIED and nobody is asked (docs/bitrix24.md
 * "voximplant.user.get"): then there is nothing to decide, as in Bitrix24.
 */
function decideApproval(
  engine: PortalEngine,
  auth: AuthActions,
  approval: 'waiting' | 'approved' | 'denied',
) {
  if (approval === 'waiting' || !engine.settings.confirmationRequired) return
  const token = auth.getAuthData()
  if (token === false) return
  engine.handleRest(
    'voximplant.user.get',
    { USER_ID: [engine.settings.currentUserId], auth: token.access_token },
    Date.now(),
  )
  engine.decideConfirmations(approval)
  engine.clearLog()
}

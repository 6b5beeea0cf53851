import type { DeepPartial, PortalEngine, PortalSettings } from '../contract.ts'
import type { PortalState } from './control-types.ts'
import { initialFrameState, parseFrameEvent, type FrameState } from './frame-state.ts'
import { isRecord } from '../engine/php.ts'
import { validateSettingsPatch } from './settings-patch.ts'

/** The mutable state behind the control API, shared with the rest of the portal server. */
export interface PortalRuntime {
  engine: PortalEngine
  frame: FrameState
  /** Applied at start and again after `POST reset`, so a reset returns to the portal as started. */
  startSettings: DeepPartial<PortalSettings> | undefined
  appUrl: string
  memberId: string
}

/** Bad input: answered 400 with the message. */
export class BadRequest extends Error {}

export type Handler = (rt: PortalRuntime, input: { body: unknown; url: URL; id: number }) => unknown

/** Control routes by `"<HTTP method> <route>"`; `:id` is the only parameter. */
export const handlers: Record<string, Handler> = {
  'GET state': (rt) => portalState(rt),
  'PATCH settings': (rt, { body }) => {
    const result = validateSettingsPatch(body, rt.engine.settings)
    if (!result.ok) throw new BadRequest(result.error)
    // Switching install mode on again means "show me the install step again".
    if (result.patch.installMode === true) rt.frame.installFinished = false
    return rt.engine.updateSettings(result.patch)
  },
  'POST confirmations': (rt, { body }) => {
    const decision = isRecord(body) ? body.decision : undefined
    if (decision !== 'approved' && decision !== 'denied')
      throw new BadRequest('"decision" must be "approved" or "denied"')
    return { decided: rt.engine.decideConfirmations(decision) }
  },
  'POST tokens': (rt) => rt.engine.issueToken(Date.now()),
  'POST tokens/expire': (rt) => {
    rt.engine.expireTokens(Date.now())
    return { expired: true }
  },
  'GET log': (rt, { url }) => {
    const since = url.searchParams.get('since')
    if (since === null) return rt.engine.log
    const seq = Number(since)
    if (!Number.isInteger(seq)) throw new BadRequest('"since" must be an integer log seq')
    return rt.engine.log.filter((entry) => entry.seq > seq)
  },
  'DELETE log': (rt) => {
    rt.engine.clearLog()
    return { cleared: true }
  },
  'GET users/:id/voximplant': (rt, { id }) => rt.engine.voximplantUser(id) ?? notFound(`No user ${id}`),
  'PUT users/:id/voximplant': (rt, { body, id }) => {
    const value = isRecord(body) ? body.PHONE_ENABLED : undefined
    if (value !== 'Y' && value !== 'N' && value !== null)
      throw new BadRequest('"PHONE_ENABLED" must be "Y", "N" or null')
    if (rt.engine.voximplantUser(id) === undefined) return notFound(`No user ${id}`)
    rt.engine.setPhoneEnabled(id, value)
    return rt.engine.voximplantUser(id)
  },
  'POST user-options': (rt, { body }) => {
    const { name, value } = option(body)
    rt.engine.setUserOption(rt.engine.settings.currentUserId, name, value)
    return rt.engine.userOptions(rt.engine.settings.currentUserId)
  },
  'POST app-options': (rt, { body }) => {
    const { name, value } = option(body)
    rt.frame.appOptions[name] = value
    return rt.frame.appOptions
  },
  // The Market's "Delete" (docs/bitrix24.md "Install, uninstall, reinstall"): the app and its menu item
  // go; its options stay unless "clean" is asked, and even then only the deleting user's user options go.
  'POST app/uninstall': (rt, { body }) => {
    rt.frame.appActive = false
    rt.frame.installFinished = false
    if (isRecord(body) && body.clean === true) {
      rt.frame.appOptions = {}
      rt.engine.clearUserOptions?.(rt.engine.settings.currentUserId)
    }
    return portalState(rt)
  },
  // Installing again: active, not installed until the install page calls installFinish.
  'POST app/install': (rt) => {
    rt.frame.appActive = true
    rt.frame.installFinished = false
    rt.engine.updateSettings({ installMode: true })
    return portalState(rt)
  },
  'POST reset': (rt) => {
    rt.engine.reset()
    if (rt.startSettings) rt.engine.updateSettings(rt.startSettings)
    rt.frame = initialFrameState()
    return portalState(rt)
  },
  'POST frame-events': (rt, { body }) => {
    const event = parseFrameEvent(body)
    if (typeof event === 'string') throw new BadRequest(event)
    if (event.type === 'title') rt.frame.lastTitle = event.title
    if (event.type === 'openPath') rt.frame.lastOpenPath = event.path
    if (event.type === 'resize') rt.frame.lastResize = { width: event.width, height: event.height }
    if (event.type === 'installFinish') {
      rt.engine.finishInstall()
      rt.frame.installFinished = true
    }
    return { ok: true }
  },
}

export class NotFound extends Error {}
function notFound(message: string): never {
  throw new NotFound(message)
}

function option(body: unknown): { name: string; value: string } {
  if (!isRecord(body) || typeof body.name !== 'string' || body.name === '')
    throw new BadRequest('"name" must be a non-empty string')
  // Bitrix24 keeps option values as strings; anything else is stored the way a form post would send it.
  const value =
    typeof body.value === 'string'
      ? body.value
      : body.value === null || body.value === undefined
        ? ''
        : String(body.value)
  return { name: body.name, value }
}

export function portalState(rt: PortalRuntime): PortalState {
  const { engine, frame } = rt
  const settings = engine.settings
  const log = engine.log
  return {
    settings,
    portal: engine.describe(),
    pendingConfirmations: engine.pendingConfirmations(),
    installFinished: frame.installFinished,
    appActive: frame.appActive,
    install: settings.installMode && !frame.installFinished,
    lastTitle: frame.lastTitle,
    lastOpenPath: frame.lastOpenPath,
    lastResize: frame.lastResize,
    userOptions: engine.userOptions(settings.currentUserId),
    appOptions: frame.appOptions,
    lastLogSeq: log[log.length - 1]?.seq ?? 0,
    appUrl: rt.appUrl,
    memberId: rt.memberId,
  }
}

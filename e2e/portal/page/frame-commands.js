// @ts-check
import { initData } from './init-data.js'
import { resizeStyle, resolveOpenPath } from './protocol.js'
import { optionValue } from './user-options.js'

/** @typedef {import('./frame-host.js').FrameSession} FrameSession */
/** @typedef {import('./protocol.js').FrameMessage} FrameMessage */
/** @typedef {(reply?: unknown) => void} Reply Posts `"<callbackId>:<JSON>"` back to the app's frame. */
/** @typedef {(session: FrameSession, params: Record<string, unknown>, reply: Reply) => Promise<void> | void} Handler */

/** A command Bitrix24's page knows but answers only when a person acts (picks a user, closes a slider), or never. */
const unanswered = () => {}

/**
 * The commands of Bitrix24's parent page for the DEFAULT placement, and what it does with each
 * (docs/bitrix24.md "The parent page and frame protocol"). A command not listed gets no answer at all.
 * @type {Record<string, Handler>}
 */
const HANDLERS = {
  getInitData: async (session, _params, reply) => {
    // Answered from what the page was opened with, as Bitrix24's applayout.js answers from this.params:
    // no round trip to the server before the app can start.
    const state = session.launchState ?? (await session.api.state())
    if (state.settings.frame.answerInitData) reply(initData(session, state))
  },
  getInterface: (_session, _params, reply) => reply({ command: Object.keys(HANDLERS), event: [] }),
  refreshAuth: async (session, _params, reply) => {
    const state = await session.api.state()
    if (!state.settings.frame.answerRefreshAuth) return
    const token = await session.api.issueToken()
    session.token = token
    // AUTH_EXPIRES is the new token's lifetime (expires_in), as in getInitData.
    reply({ AUTH_ID: token.AUTH_ID, REFRESH_ID: token.REFRESH_ID, AUTH_EXPIRES: token.AUTH_EXPIRES })
  },
  setInstall: (_session, params, reply) => reply(params),
  setInstallFinish: async (session) => {
    // Never answered: the page tells the server, then reloads itself (docs/bitrix24.md "setInstallFinish").
    const state = await session.api.state()
    await wait(state.settings.frame.installReloadDelayMs)
    await session.api.frameEvent({ type: 'installFinish' })
    session.ui.reloadPage({ install_finished: 'Y' })
  },
  resizeWindow: async (session, params, reply) => {
    const style = resizeStyle(params)
    if (style.width) session.iframe.style.width = style.width
    if (style.height) session.iframe.style.height = style.height
    const height = Number.parseInt(String(params.height), 10) || 0
    const width = params.width === '100%' ? '100%' : Number.parseInt(String(params.width), 10) || 0
    await session.api.frameEvent({ type: 'resize', width, height })
    const rect = session.iframe.getBoundingClientRect()
    reply({ width: Math.round(rect.width), height: Math.round(rect.height) })
  },
  setTitle: async (session, params, reply) => {
    const title = String(params.title ?? '')
    session.ui.setTitle(title)
    reply(params)
    await session.api.frameEvent({ type: 'title', title })
  },
  setScroll: (_session, params, reply) => {
    window.scrollTo(0, Number(params.scroll) || 0)
    reply(params)
  },
  openPath: (session, params, reply) => openPath(session, params.path, reply),
  setUserOption: async (session, params, reply) => {
    // Answered at once; the server hears of it only later (docs/bitrix24.md "User options are saved later").
    reply(params)
    if (typeof params.name !== 'string' || params.name === '') return
    const state = await session.api.state()
    session.userOptions.set(
      params.name,
      optionValue(params.value),
      state.settings.frame.userOptionSaveDelayMs,
    )
  },
  setAppOption: async (session, params, reply) => {
    // Only an administrator's call is carried out and answered, with the app's options once saved.
    const state = await session.api.state()
    if (!state.portal.currentUser.isAdmin || typeof params.name !== 'string' || params.name === '') return
    reply(await session.api.setOption('app-options', params.name, params.value))
  },
  // The whole portal page, not just the frame (docs/bitrix24.md "The parent page and frame protocol").
  reloadWindow: (session) => session.ui.reloadPage(),
  openApplication: unanswered,
  closeApplication: unanswered,
  selectUser: unanswered,
  selectAccess: unanswered,
  selectCRM: unanswered,
  imCallTo: unanswered,
  imPhoneTo: unanswered,
  imOpenMessenger: unanswered,
  imOpenHistory: unanswered,
}

/** The commands this page knows, for tests and for `getInterface`. */
export const KNOWN_COMMANDS = Object.keys(HANDLERS)

/**
 * Answers one SDK command the way a Bitrix24 page does. `settings.frame.answer*` false means the page
 * stays silent on purpose, so the app's own waiting states can be tested.
 * @param {FrameSession} session
 * @param {FrameMessage} message
 * @param {Reply} reply
 * @returns {Promise<void>}
 */
export async function answerCommand(session, message, reply) {
  if (!Object.hasOwn(HANDLERS, message.command)) return
  const handler = HANDLERS[message.command]
  const params = /** @type {Record<string, unknown>} */ (
    typeof message.params === 'object' && message.params !== null ? message.params : {}
  )
  await handler?.(session, params, reply)
}

/**
 * @param {FrameSession} session
 * @param {unknown} rawPath
 * @param {Reply} reply
 */
async function openPath(session, rawPath, reply) {
  const state = await session.api.state()
  const answer = state.settings.frame.answerOpenPath
  const resolved = resolveOpenPath(rawPath)
  if (!resolved.ok) {
    if (answer) reply({ result: 'error', errorCode: resolved.errorCode })
    return
  }
  await session.api.frameEvent({ type: 'openPath', path: resolved.path })
  // Answered when the person closes the slider, however long that takes.
  session.ui.openSlider(resolved.path, () => {
    if (answer) reply({ result: 'close' })
  })
}

/** @param {number} ms */
function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

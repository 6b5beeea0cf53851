// @ts-check
import { api } from './api.js'
import { optionsForApp, resizeStyle, resolveOpenPath } from './protocol.js'

/** @typedef {import('./frame-host.js').FrameSession} FrameSession */
/** @typedef {import('./protocol.js').FrameMessage} FrameMessage */

/**
 * Answers one SDK command the way a Bitrix24 page does. `settings.frame.answer*` false means the page
 * stays silent on purpose, so the app's own timeouts can be tested.
 * @param {FrameSession} session
 * @param {FrameMessage} message
 * @param {(reply?: unknown) => void} reply Posts `"<callbackId>:<JSON>"` back to the app's frame.
 * @returns {Promise<void>}
 */
export async function answerCommand(session, message, reply) {
  const { ui } = session
  const params = /** @type {Record<string, unknown>} */ (
    typeof message.params === 'object' && message.params !== null ? message.params : {}
  )
  switch (message.command) {
    case 'getInitData': {
      const state = await api.state()
      if (state.settings.frame.answerInitData) reply(initData(session, state))
      return
    }
    case 'refreshAuth': {
      const state = await api.state()
      if (!state.settings.frame.answerRefreshAuth) return
      const token = await api.issueToken()
      Object.assign(session, { token, tokenIssuedAt: Date.now() })
      reply({ AUTH_ID: token.AUTH_ID, REFRESH_ID: token.REFRESH_ID, AUTH_EXPIRES: token.AUTH_EXPIRES })
      return
    }
    case 'setInstallFinish': {
      await api.frameEvent({ type: 'installFinish' })
      ui.showInstallFinished()
      reply()
      // "the page will reload and the application will launch" (docs:sdk/bx24-js-sdk/system-functions/bx24-install-finish.md)
      await session.reload()
      return
    }
    case 'resizeWindow': {
      const style = resizeStyle(params)
      if (style.width) session.iframe.style.width = style.width
      if (style.height) session.iframe.style.height = style.height
      const height = Number.parseInt(String(params.height), 10) || 0
      const width = params.width === '100%' ? '100%' : Number.parseInt(String(params.width), 10) || 0
      await api.frameEvent({ type: 'resize', width, height })
      const rect = session.iframe.getBoundingClientRect()
      reply({ width: Math.round(rect.width), height: Math.round(rect.height) })
      return
    }
    case 'setTitle': {
      const title = String(params.title ?? '')
      ui.setTitle(title)
      await api.frameEvent({ type: 'title', title })
      reply()
      return
    }
    case 'openPath':
      return openPath(session, params.path, reply)
    case 'setUserOption':
    case 'setAppOption': {
      if (typeof params.name === 'string' && params.name !== '') {
        await api.setOption(
          message.command === 'setUserOption' ? 'user-options' : 'app-options',
          params.name,
          params.value,
        )
      }
      reply()
      return
    }
    case 'reloadWindow':
      // The whole portal page, not just the frame (docs:sdk/bx24-js-sdk/additional-functions/bx24-reload-window.md).
      window.location.reload()
      return
    case 'setScroll':
      window.scrollTo(0, Number(params.scroll) || 0)
      reply()
      return
    default:
      // setInstall, closeApplication, im*, select*…: nothing to do here, and a silent parent would only
      // make the app wait for its own timeout.
      reply()
  }
}

/**
 * @param {FrameSession} session
 * @param {unknown} rawPath
 * @param {(reply?: unknown) => void} reply
 */
async function openPath(session, rawPath, reply) {
  const state = await api.state()
  const answer = state.settings.frame.answerOpenPath
  const resolved = resolveOpenPath(rawPath)
  if (!resolved.ok) {
    if (answer) reply({ result: 'error', errorCode: resolved.errorCode })
    return
  }
  await api.frameEvent({ type: 'openPath', path: resolved.path })
  // Bitrix24 answers when the slider closes, not when it opens (docs:…/bx24-open-path.md).
  session.ui.openSlider(resolved.path, () => {
    if (answer) reply({ result: 'close' })
  })
}

/**
 * What `getInitData` answers (read by the SDK's `frame/b24.mjs`, `frame.mjs`, `auth.mjs`, `options.mjs`).
 * @param {FrameSession} session
 * @param {import('./api.js').PortalState} state
 */
function initData(session, state) {
  const { config, token, tokenIssuedAt } = session
  const secondsLeft = Math.max(0, Math.round(token.AUTH_EXPIRES - (Date.now() - tokenIssuedAt) / 1000))
  return {
    DOMAIN: config.domain,
    PROTOCOL: 0,
    LANG: state.settings.lang,
    MEMBER_ID: config.memberId,
    AUTH_ID: token.AUTH_ID,
    AUTH_EXPIRES: secondsLeft,
    REFRESH_ID: token.REFRESH_ID,
    IS_ADMIN: state.portal.currentUser.isAdmin,
    APP_OPTIONS: optionsForApp(state.appOptions),
    USER_OPTIONS: optionsForApp(state.userOptions),
    PLACEMENT: 'DEFAULT',
    PLACEMENT_OPTIONS: {},
    INSTALL: state.install,
    FIRST_RUN: state.install,
    PATH: '/marketplace/app/1/',
  }
}

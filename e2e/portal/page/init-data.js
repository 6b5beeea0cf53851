// @ts-check
import { optionsForApp } from './protocol.js'

/** @typedef {import('./frame-host.js').FrameSession} FrameSession */

/**
 * What `getInitData` answers (read by the SDK's `frame/b24.mjs`, `frame.mjs`, `auth.mjs`, `options.mjs`).
 * AUTH_EXPIRES is the token's lifetime as issued, never a countdown; USER_OPTIONS include what the app
 * set while this page is open, even if the server has not heard of it yet.
 * @param {FrameSession} session
 * @param {import('./api.js').PortalState} state
 */
export function initData(session, state) {
  const { config, token } = session
  // FIRST_RUN is told once per load: a second getInitData (the frame reloading itself) gets false.
  const firstRun = state.install && !session.firstRunTold
  session.firstRunTold = true
  return {
    DOMAIN: config.domain,
    PROTOCOL: config.https ? 1 : 0,
    LANG: state.settings.lang,
    MEMBER_ID: config.memberId,
    AUTH_ID: token.AUTH_ID,
    AUTH_EXPIRES: token.AUTH_EXPIRES,
    REFRESH_ID: token.REFRESH_ID,
    IS_ADMIN: state.portal.currentUser.isAdmin,
    APP_OPTIONS: optionsForApp(state.appOptions),
    USER_OPTIONS: optionsForApp({ ...state.userOptions, ...session.userOptions.changed() }),
    PLACEMENT: 'DEFAULT',
    PLACEMENT_OPTIONS: {},
    INSTALL: state.install,
    FIRST_RUN: firstRun,
    PATH: '/rest/',
  }
}

// @ts-check
/**
 * The local portal's parent page: a Bitrix24-like frame around the app, speaking the frame protocol,
 * plus a panel for a person to steer the portal. Plain JavaScript served as is (no build step).
 */
import { api } from './api.js'
import { bindLifecycleButtons, renderMenuItem } from './app-lifecycle.js'
import { placeAppInSlider } from './app-slider.js'
import { byId } from './dom.js'
import { createFrameHost } from './frame-host.js'
import { createLogView } from './log-view.js'
import { bindPanel, renderState } from './panel.js'
import { createSlider } from './slider.js'
import { createUserOptionStore } from './user-options.js'

/** @typedef {import('./frame-host.js').PageConfig} PageConfig */

/** How often the page asks the server for news (pending confirmation, settings, log). */
const POLL_MS = 1000

/** @type {PageConfig} */
const config = JSON.parse(byId('portal-config').textContent ?? '{}')

const title = byId('pagetitle')
title.textContent = config.appName
const inSlider = placeAppInSlider(config.appName)
byId('app-menu-item').textContent = config.appName
// Bitrix24 reloads the page with this parameter once installation is done.
byId('install-notice').hidden = new URLSearchParams(window.location.search).get('install_finished') !== 'Y'

const slider = createSlider({
  overlay: byId('slider-overlay'),
  title: byId('slider-title'),
  path: byId('slider-path'),
  close: /** @type {HTMLButtonElement} */ (byId('slider-close')),
})

const userOptions = createUserOptionStore({
  persist: (name, value) => api.setOption('user-options', name, value),
  writeCookie: (cookie) => {
    document.cookie = cookie
  },
  // The page's stand-in for Bitrix24's session id; the server checks it before applying the cookie.
  sessid: config.sessid,
})

const host = createFrameHost(
  config,
  {
    container: byId('app-container'),
    refuse: (message) => {
      const error = byId('app-error')
      error.textContent = message
      error.hidden = false
    },
    setTitle: (text) => {
      title.textContent = text
      if (inSlider) byId('app-slider-title').textContent = text
    },
    openSlider: slider.open,
    reloadPage: (query) => {
      if (!query) return window.location.reload()
      const url = new URL(window.location.href)
      for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
      window.location.assign(url)
    },
  },
  { api, userOptions },
)

bindPanel({ reloadApp: host.load })
bindLifecycleButtons()
const log = createLogView(/** @type {HTMLTableSectionElement} */ (byId('log-body')))

async function poll() {
  try {
    const state = await api.state()
    renderState(state, config.appName)
    renderMenuItem(state)
    if (state.lastLogSeq !== log.lastSeq)
      log.sync(state.lastLogSeq, state.lastLogSeq < log.lastSeq ? [] : await api.logSince(log.lastSeq))
  } catch (error) {
    byId('panel-message').textContent = `Portal not reachable: ${String(error)}`
  } finally {
    setTimeout(poll, POLL_MS)
  }
}

await host.load()
void poll()

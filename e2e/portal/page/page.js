// @ts-check
/**
 * The local portal's parent page: a Bitrix24-like frame around the app, speaking the frame protocol,
 * plus a panel for a person to steer the portal. Plain JavaScript served as is (no build step).
 */
import { api } from './api.js'
import { byId } from './dom.js'
import { createFrameHost } from './frame-host.js'
import { createLogView } from './log-view.js'
import { bindPanel, renderState } from './panel.js'

/** @typedef {import('./frame-host.js').PageConfig} PageConfig */

/** How often the page asks the server for news (pending confirmation, settings, log). */
const POLL_MS = 1000

/** @type {PageConfig} */
const config = JSON.parse(byId('portal-config').textContent ?? '{}')

const title = byId('pagetitle')
title.textContent = config.appName
byId('app-menu-item').textContent = config.appName

const slider = byId('slider')
/** @type {(() => void) | undefined} */
let onSliderClose
byId('slider-close').addEventListener('click', () => {
  slider.hidden = true
  const done = onSliderClose
  onSliderClose = undefined
  done?.()
})

const host = createFrameHost(config, {
  container: byId('app-container'),
  setTitle: (text) => {
    title.textContent = text
  },
  showInstallFinished: () => {
    byId('install-notice').hidden = false
  },
  openSlider: (path, onClose) => {
    // A second openPath while one is open: the first one counts as closed.
    onSliderClose?.()
    onSliderClose = onClose
    byId('slider-path').textContent = path
    slider.hidden = false
  },
})

bindPanel({ reloadApp: host.load })
const log = createLogView(/** @type {HTMLTableSectionElement} */ (byId('log-body')))

async function poll() {
  try {
    const state = await api.state()
    renderState(state, config.appName)
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

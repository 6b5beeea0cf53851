// @ts-check
import { api } from './api.js'
import { byId, run } from './dom.js'

/** @typedef {import('./api.js').PortalState} PortalState */

/**
 * What Bitrix24's application page shows instead of the app (docs/bitrix24.md "Install, uninstall,
 * reinstall"): nothing of a deleted app, and for someone who is not an administrator an app whose
 * installation is not finished. Undefined: the app may open.
 * @param {PortalState} state
 * @returns {string | undefined}
 */
export function launchRefusal(state) {
  if (!state.appActive) return 'Application not found.'
  if (state.install && !state.portal.currentUser.isAdmin)
    return 'The application is not installed. Contact your Bitrix24 administrator.'
  return undefined
}

/**
 * The app's menu item exists only while the app is installed (its placement goes on deletion).
 * @param {PortalState} state
 */
export function renderMenuItem(state) {
  const item = byId('app-menu-item').closest('li')
  if (item) item.hidden = !state.appActive
}

/** The panel's "Delete application" (as the Market's "Delete" does) and "Install application". */
export function bindLifecycleButtons() {
  const clean = /** @type {HTMLInputElement} */ (byId('uninstall-clean'))
  // After either, Bitrix24 shows the application's page afresh.
  const reopen = () => window.location.assign('/')
  byId('uninstall-app').addEventListener(
    'click',
    () => void run(() => api.uninstallApp(clean.checked).then(reopen), 'Application deleted'),
  )
  byId('install-app').addEventListener(
    'click',
    () => void run(() => api.installApp().then(reopen), 'Application installed'),
  )
}

// @ts-check
import { api } from './api.js'
import { renderConfirmation } from './confirmation.js'
import { byId, run } from './dom.js'

/** @typedef {import('./api.js').PortalState} PortalState */
/** @typedef {import('./api.js').PortalSettings} PortalSettings */

/** Bitrix24 plans as leaky-bucket settings (docs:limits.md). */
const PLANS = {
  standard: { drainPerSecond: 2, limit: 50 },
  enterprise: { drainPerSecond: 5, limit: 250 },
  none: { drainPerSecond: 0, limit: 50 },
}

/** Bitrix24 language codes the SDK knows (`la` is Spanish, `br` Portuguese, `sc`/`tc` Chinese). */
// prettier-ignore
const LANGUAGES = ['en', 'ru', 'de', 'ua', 'la', 'br', 'fr', 'pl', 'it', 'tr', 'sc', 'tc', 'ja', 'vn', 'id', 'ms', 'th', 'kz', 'ar']

/**
 * The person's side of the portal: the panel's controls write settings through the control API,
 * and every poll writes the server's truth back into them (except the control being edited).
 * @param {{ reloadApp: () => Promise<void> }} actions
 */
export function bindPanel(actions) {
  const form = /** @type {HTMLFormElement} */ (byId('panel-form'))
  const lang = /** @type {HTMLSelectElement} */ (form.elements.namedItem('lang'))
  lang.replaceChildren(...LANGUAGES.map((code) => new Option(code, code)))

  form.addEventListener('change', (event) => {
    const control = /** @type {HTMLInputElement | HTMLSelectElement} */ (event.target)
    const patch = patchFor(form, control)
    if (patch) void run(() => api.patchSettings(patch), 'Settings saved')
  })
  form.addEventListener('submit', (event) => event.preventDefault())
  byId('expire-token').addEventListener(
    'click',
    () => void run(api.expireTokens, 'Tokens expired: the next call gets expired_token'),
  )
  byId('reload-app').addEventListener('click', () => void run(actions.reloadApp, 'Application reloaded'))
  byId('clear-log').addEventListener('click', () => void run(api.clearLog, 'Log cleared'))
  byId('reset-portal').addEventListener('click', () => void run(api.reset, 'Portal reset'))
}

/**
 * The settings patch one changed control stands for.
 * @param {HTMLFormElement} form
 * @param {HTMLInputElement | HTMLSelectElement} control
 * @returns {Record<string, unknown> | undefined}
 */
function patchFor(form, control) {
  const { name } = control
  if (name === 'plan') {
    const plan = PLANS[/** @type {keyof typeof PLANS} */ (control.value)]
    return plan ? { bucket: plan } : undefined
  }
  if (name === 'faults.kinds') {
    const checked = form.querySelectorAll('input[name="faults.kinds"]:checked')
    return {
      faults: { kinds: Array.from(checked, (input) => /** @type {HTMLInputElement} */ (input).value) },
    }
  }
  /** @type {unknown} */
  let value = control.value
  if (control instanceof HTMLInputElement && control.type === 'checkbox') value = control.checked
  else if (control instanceof HTMLInputElement && control.type === 'number') value = Number(control.value)
  // "latency.perRequestMs" → { latency: { perRequestMs: value } }
  return /** @type {Record<string, unknown>} */ (
    name.split('.').reduceRight((inner, key) => ({ [key]: inner }), value)
  )
}

/**
 * Writes the server's state into the header, the notification and the controls.
 * @param {PortalState} state
 * @param {string} appName
 */
export function renderState(state, appName) {
  byId('portal-name').textContent = state.portal.portalName
  document.title = `${state.portal.portalName} — Bitrix24 (local)`
  byId('current-user').textContent = state.portal.currentUser.name
  renderConfirmation(state, appName)
  const form = /** @type {HTMLFormElement} */ (byId('panel-form'))
  for (const element of Array.from(form.elements)) {
    const control = /** @type {HTMLInputElement | HTMLSelectElement} */ (element)
    if (!control.name || control === document.activeElement) continue
    if (control.name === 'plan') control.value = planOf(state.settings.bucket)
    else if (control.name === 'faults.kinds' && control instanceof HTMLInputElement)
      control.checked = state.settings.faults.kinds.includes(/** @type {'drop'} */ (control.value))
    else setControl(control, readPath(state.settings, control.name))
  }
}

/**
 * @param {HTMLInputElement | HTMLSelectElement} control
 * @param {unknown} value
 */
function setControl(control, value) {
  if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true
  else if (value !== undefined) control.value = String(value)
}

/**
 * @param {unknown} object
 * @param {string} path
 * @returns {unknown}
 */
function readPath(object, path) {
  return path
    .split('.')
    .reduce(
      (value, key) =>
        typeof value === 'object' && value !== null
          ? /** @type {Record<string, unknown>} */ (value)[key]
          : undefined,
      object,
    )
}

/** @param {PortalSettings['bucket']} bucket */
function planOf(bucket) {
  if (bucket.drainPerSecond === 0) return 'none'
  const match = Object.entries(PLANS).find(
    ([, plan]) => plan.drainPerSecond === bucket.drainPerSecond && plan.limit === bucket.limit,
  )
  return match ? match[0] : 'custom'
}

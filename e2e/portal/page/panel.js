// @ts-check
import { api } from './api.js'
import { renderConfirmation } from './confirmation.js'
import { byId, run } from './dom.js'

/** @typedef {import('./api.js').PortalState} PortalState */
/** @typedef {import('./api.js').PortalSettings} PortalSettings */

/** Bitrix24 plans as leaky-bucket settings (docs/bitrix24.md "Limits, tokens and errors"). */
const PLANS = {
  standard: { drainPerSecond: 2, limit: 50 },
  enterprise: { drainPerSecond: 5, limit: 250 },
  none: { drainPerSecond: 0, limit: 50 },
}

/** Bitrix24 language codes the SDK knows (`la` is Spanish, `br` Portuguese, `sc`/`tc` Chinese). */
// prettier-ignore
const LANGUAGES = ['en', 'ru', 'de', 'ua', 'la', 'br', 'fr', 'pl', 'it', 'tr', 'sc', 'tc', 'ja', 'vn', 'id', 'ms', 'th', 'kz', 'ar']

/**
 * Controls for the engine's Bitrix24-fidelity settings (docs/bitrix24.md), added to the form by
 * `bindPanel` so the page's markup stays as it is. `ids` is a list of user ids typed as "6, 12";
 * `scope` is a checkbox for one of the app's scopes (`appScopes`), its value the scope.
 * @type {ReadonlyArray<{ name: string, label: string, type: 'checkbox' | 'number' | 'ids' | 'scope', value?: string }>}
 */
export const DATA_CONTROLS = [
  {
    name: 'appScopes',
    value: 'user',
    label: 'App installed with scope user (user.update: extensions editable)',
    type: 'scope',
  },
  {
    name: 'portalEmailConfirmed',
    label: 'Portal e-mail confirmed (else no activation sticks)',
    type: 'checkbox',
  },
  { name: 'noLines', label: 'No lines (line.get answers [])', type: 'checkbox' },
  { name: 'registrationFailsFor', label: 'Registration fails for user ids', type: 'ids' },
  { name: 'operatingMinimumSeconds', label: 'Operating time counts above (s)', type: 'number' },
]

/** The app's scopes as last rendered: a scope checkbox adds or removes one of them. */
/** @type {string[]} */
let shownScopes = []

/**
 * @param {readonly string[]} scopes
 * @param {string} scope
 * @param {boolean} granted
 */
export const withScope = (scopes, scope, granted) => [
  ...scopes.filter((s) => s !== scope),
  ...(granted ? [scope] : []),
]

/** @param {string} text */
export const parseIds = (text) =>
  text
    .split(/[\s,;]+/)
    .map(Number)
    .filter((id) => Number.isSafeInteger(id) && id > 0)

/** @param {HTMLFormElement} form */
function addDataControls(form) {
  const permission = form.elements.namedItem('permission')
  if (
    permission instanceof HTMLSelectElement &&
    !Array.from(permission.options).some((o) => o.value === 'roles')
  )
    permission.prepend(new Option('Default roles (administrators any, others none)', 'roles'))
  const fieldset = document.createElement('fieldset')
  fieldset.append(Object.assign(document.createElement('legend'), { textContent: 'Bitrix24 data' }))
  for (const { name, label, type, value } of DATA_CONTROLS) {
    const input = Object.assign(document.createElement('input'), { name, value: value ?? '' })
    input.type = type === 'ids' ? 'text' : type === 'scope' ? 'checkbox' : type
    if (type === 'number') Object.assign(input, { min: '0', step: '0.01' })
    const wrapper = document.createElement('label')
    wrapper.append(...(input.type === 'checkbox' ? [input, ` ${label}`] : [`${label} `, input]))
    fieldset.append(wrapper)
  }
  form.lastElementChild?.before(fieldset)
}

/**
 * The person's side of the portal: the panel's controls write settings through the control API,
 * and every poll writes the server's truth back into them (except the control being edited).
 * @param {{ reloadApp: () => Promise<void> }} actions
 */
export function bindPanel(actions) {
  const form = /** @type {HTMLFormElement} */ (byId('panel-form'))
  const lang = /** @type {HTMLSelectElement} */ (form.elements.namedItem('lang'))
  lang.replaceChildren(...LANGUAGES.map((code) => new Option(code, code)))
  addDataControls(form)

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
  if (name === 'registrationFailsFor') return { registrationFailsFor: parseIds(control.value) }
  if (name === 'appScopes' && control instanceof HTMLInputElement)
    return { appScopes: withScope(shownScopes, control.value, control.checked) }
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
  shownScopes = state.settings.appScopes
  byId('portal-name').textContent = state.portal.portalName
  document.title = `${state.portal.portalName} — Bitrix24 (local)`
  byId('current-user').textContent = state.portal.currentUser.name
  renderConfirmation(state, appName)
  const form = /** @type {HTMLFormElement} */ (byId('panel-form'))
  for (const element of Array.from(form.elements)) {
    const control = /** @type {HTMLInputElement | HTMLSelectElement} */ (element)
    if (!control.name || control === document.activeElement) continue
    if (control.name === 'plan') control.value = planOf(state.settings.bucket)
    else if (control.name === 'appScopes' && control instanceof HTMLInputElement)
      control.checked = state.settings.appScopes.includes(control.value)
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

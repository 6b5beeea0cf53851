// @ts-check
/**
 * The page's calls to the local portal's control API (same origin). The page keeps no state the
 * server does not have, so a test reading `/_portal/api/state` sees what a person sees.
 */

/** @typedef {import('../server/control-types.ts').PortalState} PortalState */
/** @typedef {import('../contract.ts').TokenInfo} TokenInfo */
/** @typedef {import('../contract.ts').RequestLogEntry} RequestLogEntry */
/** @typedef {import('../contract.ts').PortalSettings} PortalSettings */

const BASE = '/_portal/api/'

/**
 * @template T
 * @param {string} method
 * @param {string} route
 * @param {unknown} [body]
 * @returns {Promise<T>}
 */
async function call(method, route, body) {
  const res = await fetch(BASE + route, {
    method,
    // The control API refuses any other write: a cross-site form cannot send this type.
    headers: method === 'GET' ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = await res.json()
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${data?.error ?? ''}`)
  return data
}

export const api = {
  /** @returns {Promise<PortalState>} */
  state: () => call('GET', 'state'),
  /** @returns {Promise<TokenInfo>} */
  issueToken: () => call('POST', 'tokens'),
  /** @returns {Promise<unknown>} */
  expireTokens: () => call('POST', 'tokens/expire'),
  /**
   * @param {Record<string, unknown>} patch
   * @returns {Promise<PortalSettings>}
   */
  patchSettings: (patch) => call('PATCH', 'settings', patch),
  /**
   * @param {'approved' | 'denied'} decision
   * @returns {Promise<{ decided: number }>}
   */
  decide: (decision) => call('POST', 'confirmations', { decision }),
  /**
   * @param {number} since
   * @returns {Promise<RequestLogEntry[]>}
   */
  logSince: (since) => call('GET', `log?since=${since}`),
  /** @returns {Promise<unknown>} */
  clearLog: () => call('DELETE', 'log'),
  /** @returns {Promise<unknown>} */
  reset: () => call('POST', 'reset'),
  /**
   * @param {'user-options' | 'app-options'} kind
   * @param {string} name
   * @param {unknown} value
   * @returns {Promise<unknown>}
   */
  setOption: (kind, name, value) => call('POST', kind, { name, value }),
  /**
   * @param {import('../server/frame-state.ts').FrameEvent} event
   * @returns {Promise<unknown>}
   */
  frameEvent: (event) => call('POST', 'frame-events', event),
  /**
   * @param {boolean} clean Also delete the app's data (its options, and this user's user options).
   * @returns {Promise<PortalState>}
   */
  uninstallApp: (clean) => call('POST', 'app/uninstall', { clean }),
  /** @returns {Promise<PortalState>} */
  installApp: () => call('POST', 'app/install'),
}

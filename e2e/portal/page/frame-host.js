// @ts-check
import { formatReply, parseFrameMessage, randomAppSid } from './protocol.js'
import { launchRefusal } from './app-lifecycle.js'
import { answerCommand } from './frame-commands.js'

/**
 * @typedef {object} PageConfig
 * @property {string} domain `host:port` of this page, exactly as the iframe name carries it.
 * @property {string} appUrl
 * @property {'POST' | 'GET'} appMethod POST as Bitrix24 does; GET for a dev server that cannot answer POST.
 * @property {string} memberId
 * @property {string} sessid The current user's session id (the server checks it before applying unsent options).
 * @property {string} appName
 * @property {boolean} [https] The portal answers over HTTPS (PROTOCOL 1).
 */

/**
 * @typedef {object} FrameUi
 * @property {HTMLElement} container Where the app's iframe goes.
 * @property {(message: string) => void} refuse Shows Bitrix24's message instead of the app.
 * @property {(title: string) => void} setTitle
 * @property {(path: string, onClose: () => void) => void} openSlider
 * @property {(query?: Record<string, string>) => void} reloadPage Reloads the portal page, with these
 *   query parameters set when given.
 */

/**
 * @typedef {object} PageServices What lives as long as the portal page, across loads of the app.
 * @property {typeof import('./api.js').api} api
 * @property {import('./user-options.js').UserOptionStore} userOptions
 */

/**
 * @typedef {object} FrameSession What one load of the app shares with the command handlers.
 * @property {PageConfig} config
 * @property {FrameUi} ui
 * @property {PageServices['api']} api
 * @property {PageServices['userOptions']} userOptions
 * @property {HTMLIFrameElement} iframe
 * @property {import('./api.js').TokenInfo} token The current token: the one from load, or the last refresh.
 * @property {import('./api.js').PortalState} [launchState] The portal as this load found it: what Bitrix24
 *   renders into its page when it opens an app, and answers getInitData from without asking its server.
 * @property {boolean} [firstRunTold] Whether getInitData has already said FIRST_RUN.
 */

/**
 * Hosts the app like a Bitrix24 page does: an iframe named `<DOMAIN>|<PROTOCOL>|<APP_SID>`, loaded by a form
 * POST with the tokens, and a `message` listener that answers the SDK's commands.
 * @param {PageConfig} config
 * @param {FrameUi} ui
 * @param {PageServices} services
 */
export function createFrameHost(config, ui, { api, userOptions }) {
  const appOrigin = new URL(config.appUrl).origin
  /** @type {(FrameSession & { appSid: string }) | undefined} */
  let session

  window.addEventListener('message', (event) => {
    const current = session
    // Only the app's own frame, from the app's origin, with this load's sid: everything else is noise.
    if (!current || event.source !== current.iframe.contentWindow || event.origin !== appOrigin) return
    const message = parseFrameMessage(event.data)
    if (!message || message.appSid !== current.appSid) return
    const target = current.iframe.contentWindow
    /** @param {unknown} [reply] */
    const reply = (reply) => target?.postMessage(formatReply(message.callbackId, reply), appOrigin)
    answerCommand(current, message, reply).catch((error) =>
      console.error('frame command failed', message.command, error),
    )
  })

  async function load() {
    const [token, state] = await Promise.all([api.issueToken(), api.state()])
    const refusal = launchRefusal(state)
    if (refusal) {
      ui.container.replaceChildren()
      session = undefined
      ui.refuse(refusal)
      return
    }
    const appSid = randomAppSid(crypto)
    const iframe = document.createElement('iframe')
    iframe.id = 'app-frame'
    iframe.title = config.appName
    iframe.name = `${config.domain}|${config.https ? 1 : 0}|${appSid}`
    ui.container.replaceChildren(iframe)
    // A fresh load starts with the app's name as the title, as a reloaded portal page would.
    ui.setTitle(config.appName)
    session = { config, ui, api, userOptions, iframe, token, appSid, launchState: state }
    submitLaunch(config, iframe, {
      DOMAIN: config.domain,
      PROTOCOL: config.https ? '1' : '0',
      LANG: state.settings.lang,
      APP_SID: appSid,
      AUTH_ID: token.AUTH_ID,
      AUTH_EXPIRES: String(token.AUTH_EXPIRES),
      REFRESH_ID: token.REFRESH_ID,
      member_id: config.memberId,
      status: 'L',
      PLACEMENT: 'DEFAULT',
      PLACEMENT_OPTIONS: '{}',
    })
  }

  return { load }
}

/**
 * Bitrix24 opens an app with a hidden form posted into the iframe; DOMAIN, PROTOCOL, LANG and APP_SID
 * also ride in the query string.
 * @param {PageConfig} config
 * @param {HTMLIFrameElement} iframe
 * @param {Record<string, string>} fields
 */
function submitLaunch(config, iframe, fields) {
  const action = new URL(config.appUrl)
  for (const key of ['DOMAIN', 'PROTOCOL', 'LANG', 'APP_SID']) action.searchParams.set(key, fields[key] ?? '')
  if (config.appMethod === 'GET') {
    iframe.src = action.href
    return
  }
  // Kept in the page (hidden) like Bitrix24's own launch form; the previous load's form goes.
  document.getElementById('app-launch-form')?.remove()
  const form = document.createElement('form')
  form.id = 'app-launch-form'
  form.method = 'POST'
  form.action = action.href
  form.target = iframe.name
  form.hidden = true
  for (const [name, value] of Object.entries(fields)) {
    const input = document.createElement('input')
    input.type = 'hidden'
    input.name = name
    input.value = value
    form.append(input)
  }
  document.body.append(form)
  form.submit()
}

// @ts-check
import { api } from './api.js'
import { run } from './dom.js'

/** @typedef {import('./api.js').PortalState} PortalState */

/**
 * The administrator's notification, as Bitrix24 sends it for a method on the confirmation list
 * (docs/bitrix24.md "Confirmation"): "Allow for an hour" or "Deny".
 * @param {PortalState} state
 * @param {string} appName
 */
export function renderConfirmation(state, appName) {
  const region = document.getElementById('notifications')
  if (!region) return
  const existing = region.querySelector('.b24-confirmation')
  if (state.pendingConfirmations.length === 0) {
    existing?.remove()
    return
  }
  if (existing) return
  const note = document.createElement('div')
  note.className = 'b24-confirmation'
  note.setAttribute('role', 'alert')
  const text = document.createElement('p')
  text.textContent = `${appName} asks for access to voximplant.user.get`
  note.append(text)
  for (const [label, decision] of /** @type {const} */ ([
    ['Allow for an hour', 'approved'],
    ['Deny', 'denied'],
  ])) {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = label
    button.addEventListener('click', () => {
      note.remove()
      void run(
        () => api.decide(decision),
        decision === 'approved' ? 'Access allowed for an hour' : 'Access denied',
      )
    })
    note.append(button)
  }
  region.append(note)
}

// @ts-check
/** Small DOM helpers shared by the page's modules. */

/**
 * @param {string} id
 * @returns {HTMLElement}
 */
export function byId(id) {
  const element = document.getElementById(id)
  if (!element) throw new Error(`#${id} missing from the page`)
  return element
}

/**
 * Runs a panel action and says how it went in the panel's status line.
 * @param {() => Promise<unknown>} action
 * @param {string} done
 */
export async function run(action, done) {
  const message = byId('panel-message')
  try {
    await action()
    message.textContent = done
  } catch (error) {
    message.textContent = String(error)
  }
}

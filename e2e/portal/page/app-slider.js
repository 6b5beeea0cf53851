// @ts-check
import { byId } from './dom.js'

/**
 * Bitrix24 opens an application from the Market, and in its current design from the left menu, in a
 * side slider over the portal page rather than in the page itself. `?slider=app` does that here: the
 * app's container moves into a slider titled with the app's name; closing it goes back to the page.
 * Returns whether the app is in the slider.
 * @param {string} appName
 */
export function placeAppInSlider(appName) {
  if (new URLSearchParams(window.location.search).get('slider') !== 'app') return false
  const overlay = byId('app-slider-overlay')
  byId('app-slider-title').textContent = appName
  byId('app-slider-body').append(byId('app-container'))
  byId('app-slider-close').addEventListener('click', () => {
    const url = new URL(window.location.href)
    url.searchParams.delete('slider')
    window.location.assign(url)
  })
  overlay.hidden = false
  document.body.classList.add('b24-app-in-slider')
  return true
}

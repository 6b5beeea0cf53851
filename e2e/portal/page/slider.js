// @ts-check
import { sliderTitle } from './protocol.js'

/**
 * @typedef {object} SliderElements
 * @property {HTMLElement} overlay Covers the page while a slider is open; a click on it closes the top one.
 * @property {HTMLElement} title The dialog's heading, which names it.
 * @property {HTMLElement} path
 * @property {HTMLButtonElement} close
 */

/**
 * Bitrix24's side slider as `openPath` opens it: panels stacked over the page, each closed by its
 * "Close" button, Escape or a click beside it. Closing one tells its opener, and only then
 * (docs/bitrix24.md "openPath is answered when the slider closes").
 * @param {SliderElements} elements
 */
export function createSlider({ overlay, title, path, close }) {
  /** @type {Array<{ path: string, onClose: () => void, returnFocus: Element | null }>} */
  const stack = []

  function show() {
    const top = stack[stack.length - 1]
    overlay.hidden = top === undefined
    if (!top) return
    title.textContent = sliderTitle(top.path)
    path.textContent = top.path
  }

  function closeTop() {
    const top = stack.pop()
    if (!top) return
    show()
    if (stack.length === 0 && top.returnFocus instanceof HTMLElement) top.returnFocus.focus()
    top.onClose()
  }

  close.addEventListener('click', closeTop)
  overlay.addEventListener('click', (event) => {
    if (event.target === overlay) closeTop()
  })
  overlay.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeTop()
  })

  return {
    /**
     * @param {string} openedPath
     * @param {() => void} onClose
     */
    open(openedPath, onClose) {
      stack.push({ path: openedPath, onClose, returnFocus: document.activeElement })
      show()
      close.focus()
    },
    /** How many sliders are open. */
    get depth() {
      return stack.length
    },
  }
}

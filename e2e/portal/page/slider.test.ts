// @vitest-environment jsdom
import { getByRole, queryByRole } from '@testing-library/dom'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSlider } from './slider.js'

// jsdom's URL cannot name a file: build the path by hand.
const html = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'index.html'), 'utf8')

/** The page's own markup, with the slider wired as page.js wires it. */
function page() {
  document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'))
  const byId = (id: string) => document.getElementById(id) as HTMLElement
  return createSlider({
    overlay: byId('slider-overlay'),
    title: byId('slider-title'),
    path: byId('slider-path'),
    close: byId('slider-close') as HTMLButtonElement,
  })
}

describe('the slider openPath opens', () => {
  it('is a dialog named after the page, with its path, until its Close button is pressed', () => {
    const slider = page()
    expect(queryByRole(document.body, 'dialog')).toBeNull()
    const onClose = vi.fn()
    slider.open('/telephony/users.php', onClose)
    const dialog = getByRole(document.body, 'dialog', { name: 'Telephony → Users' })
    expect(dialog.textContent).toContain('/telephony/users.php')
    expect(onClose).not.toHaveBeenCalled()
    getByRole(dialog, 'button', { name: 'Close' }).click()
    expect(onClose).toHaveBeenCalledOnce()
    expect(queryByRole(document.body, 'dialog')).toBeNull()
  })

  it('stacks: a second slider closes first and answers only its own opener', () => {
    const slider = page()
    const first = vi.fn()
    const second = vi.fn()
    slider.open('/telephony/users.php', first)
    slider.open('/company/personal/user/5/', second)
    const dialog = getByRole(document.body, 'dialog', { name: 'Employee profile' })
    getByRole(dialog, 'button', { name: 'Close' }).click()
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([0, 1])
    expect(getByRole(document.body, 'dialog', { name: 'Telephony → Users' })).toBeTruthy()
    expect(slider.depth).toBe(1)
  })

  it('closes on Escape and on a click beside it, as Bitrix24 sliders do', () => {
    const slider = page()
    const onClose = vi.fn()
    slider.open('/marketplace/', onClose)
    slider.open('/telephony/users.php', onClose)
    const overlay = document.getElementById('slider-overlay') as HTMLElement
    expect(document.activeElement?.textContent).toBe('Close')
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    getByRole(document.body, 'dialog', { name: 'Market' }).click()
    expect(onClose).toHaveBeenCalledOnce()
    overlay.click()
    expect(onClose).toHaveBeenCalledTimes(2)
    expect(slider.depth).toBe(0)
  })
})

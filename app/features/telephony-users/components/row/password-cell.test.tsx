import { MantineProvider } from '@mantine/core'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createI18n } from '@/i18n/i18n.ts'
import masks from '@/components/icons/icon-masks.module.css'
import { CLEAR_SECRET_MS } from '@/lib/clipboard.ts'
import { PasswordCell } from './password-cell.tsx'
import { RowTextProvider } from './row-text.tsx'

/** A clipboard the frame may write but not read back, as in a frame without `clipboard-read`. */
function writeOnlyClipboard(): { text: string } {
  const state = { text: '' }
  const clipboard = {
    writeText: async (text: string) => void (state.text = text),
    readText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
  }
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true })
  return state
}

afterEach(() => vi.useRealTimers())

/** Anna Petrova's password cell, as a row draws it. */
function renderCell() {
  const { t } = createI18n()
  render(
    <MantineProvider env="test">
      <RowTextProvider t={t}>
        <PasswordCell password="pa55" name="Anna Petrova" />
      </RowTextProvider>
    </MantineProvider>,
  )
}

test('the person is told when the copied password could not be taken off the clipboard', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
  const clipboard = writeOnlyClipboard() // after setup, which puts a clipboard of its own in place
  renderCell()
  await user.click(screen.getByRole('button', { name: 'Copy SIP password of Anna Petrova' }))
  expect(clipboard.text).toBe('pa55')
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  await act(() => vi.advanceTimersByTimeAsync(CLEAR_SECRET_MS))
  expect(screen.getByRole('alert')).toHaveTextContent(
    'The password is still on the clipboard: this frame may not clear it. Copy something else over it.',
  )
  expect(document.body.textContent).not.toContain('pa55')
})

test('the show and hide icons are the button’s own CSS, not an SVG in every row', async () => {
  const user = userEvent.setup()
  renderCell()
  const show = screen.getByRole('button', { name: 'Show SIP password of Anna Petrova' })
  const copy = screen.getByRole('button', { name: 'Copy SIP password of Anna Petrova' })
  for (const icon of [masks.eye, masks.crossedEye, masks.copy]) expect(icon).toMatch(/\S/)
  expect(show.childElementCount).toBe(0)
  expect(copy.childElementCount).toBe(0)
  expect(show.className).toContain(masks.eye)
  expect(copy.className).toContain(masks.copy)
  await user.click(show)
  const hide = screen.getByRole('button', { name: 'Hide SIP password of Anna Petrova' })
  expect(hide.className).toContain(masks.crossedEye)
  expect(hide.className).not.toContain(masks.eye)
})

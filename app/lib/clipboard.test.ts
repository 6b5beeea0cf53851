import { CLEAR_SECRET_MS, copySecret, copyText } from './clipboard.ts'

/** A clipboard the test can read, with the Clipboard API's permission answers chosen per test. */
function stubClipboard({ canWrite = true, canRead = true } = {}) {
  const state = { text: '' }
  const clipboard = {
    writeText: vi.fn(async (text: string) => {
      if (!canWrite) throw new DOMException('denied', 'NotAllowedError')
      state.text = text
    }),
    readText: vi.fn(async () => {
      if (!canRead) throw new DOMException('denied', 'NotAllowedError')
      return state.text
    }),
  }
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true })
  return state
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

test('a copied secret is cleared from the clipboard after a while if it is still there', async () => {
  vi.useFakeTimers()
  const clipboard = stubClipboard()
  expect(await copySecret('pa55')).toBe(true)
  expect(clipboard.text).toBe('pa55')
  await vi.advanceTimersByTimeAsync(CLEAR_SECRET_MS)
  expect(clipboard.text).toBe('')
})

test('something copied since is left alone', async () => {
  vi.useFakeTimers()
  const clipboard = stubClipboard()
  await copySecret('pa55')
  clipboard.text = 'an address the person copied next'
  await vi.advanceTimersByTimeAsync(CLEAR_SECRET_MS)
  expect(clipboard.text).toBe('an address the person copied next')
})

test('where the frame may not read the clipboard, nothing is overwritten blindly and the caller is told', async () => {
  vi.useFakeTimers()
  const clipboard = stubClipboard({ canRead: false })
  const notCleared = vi.fn()
  await copySecret('pa55', { onNotCleared: notCleared })
  await vi.advanceTimersByTimeAsync(CLEAR_SECRET_MS - 1)
  expect(notCleared).not.toHaveBeenCalled()
  await vi.advanceTimersByTimeAsync(1)
  expect(clipboard.text).toBe('pa55')
  expect(notCleared).toHaveBeenCalledTimes(1)
})

test('the caller is told nothing when the secret was cleared or replaced by the person', async () => {
  vi.useFakeTimers()
  const clipboard = stubClipboard()
  const notCleared = vi.fn()
  await copySecret('pa55', { onNotCleared: notCleared })
  await vi.advanceTimersByTimeAsync(CLEAR_SECRET_MS)
  await copySecret('pa55', { onNotCleared: notCleared })
  clipboard.text = 'something else'
  await vi.advanceTimersByTimeAsync(CLEAR_SECRET_MS)
  expect(notCleared).not.toHaveBeenCalled()
})

test('the fallback copy never leaves the secret in the DOM', async () => {
  stubClipboard({ canWrite: false })
  const execCommand = vi.fn(() => {
    // At the instant of the copy the selection holds the text…
    expect(document.querySelector('textarea')?.value).toBe('pa55')
    return true
  })
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
  expect(await copyText('pa55')).toBe(true)
  expect(execCommand).toHaveBeenCalledWith('copy')
  // …and nothing of it is left after.
  expect(document.querySelector('textarea')).toBeNull()
  expect(document.body.innerHTML).not.toContain('pa55')
})

import { whenIdle } from './when-idle.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

test('waits for the browser’s idle callback, with the longest wait given as its timeout', async () => {
  const callbacks: Array<() => void> = []
  const requestIdleCallback = vi.fn((callback: () => void) => callbacks.push(callback))
  vi.stubGlobal('requestIdleCallback', requestIdleCallback)
  let done = false
  const idle = whenIdle(1_500).then(() => (done = true))
  await new Promise((resolve) => setTimeout(resolve, 10))
  expect(done).toBe(false)
  expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 1_500 })
  callbacks[0]?.()
  await idle
  expect(done).toBe(true)
})

test('without requestIdleCallback, resolves in a task of its own', async () => {
  vi.stubGlobal('requestIdleCallback', undefined)
  let done = false
  const idle = whenIdle().then(() => (done = true))
  await Promise.resolve()
  expect(done).toBe(false)
  await idle
  expect(done).toBe(true)
})

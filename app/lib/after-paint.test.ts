import { afterNextPaint } from './after-paint.ts'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

test('waits for the next animation frame, then a task after it', async () => {
  vi.useFakeTimers()
  const frames: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  let done = false
  void afterNextPaint(100).then(() => (done = true))
  await vi.advanceTimersByTimeAsync(50)
  expect(done).toBe(false) // no frame yet, and the cap not reached
  frames.shift()?.(0)
  expect(done).toBe(false) // the frame's own callbacks run before its paint
  await vi.advanceTimersByTimeAsync(0)
  expect(done).toBe(true)
})

test('a frame that gets no animation frames (hidden) goes on after the cap', async () => {
  vi.useFakeTimers()
  vi.stubGlobal('requestAnimationFrame', () => 0)
  let done = false
  void afterNextPaint(100).then(() => (done = true))
  await vi.advanceTimersByTimeAsync(99)
  expect(done).toBe(false)
  await vi.advanceTimersByTimeAsync(1)
  expect(done).toBe(true)
})

import { act, renderHook } from '@testing-library/react'
import { BitrixWaitWatcher, useBitrixWait } from './bitrix-wait.ts'

test('a retry wait after a failed request is published with its code and end time, then clears', async () => {
  vi.useFakeTimers()
  const watcher = new BitrixWaitWatcher(() => 1_000_000)
  const { result } = renderHook(() => useBitrixWait())
  expect(result.current).toBeNull()
  await act(async () => {
    await watcher.debug('http request failed', {
      requestId: 'r1',
      error: { code: 'QUERY_LIMIT_EXCEEDED', message: 'Too many requests', status: 503 },
    })
    await watcher.debug('http wait 2.00 sec.', {
      requestId: 'r1',
      method: 'batch',
      wait: 2000,
      attempt: { current: 1 },
    })
  })
  expect(result.current).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', until: 1_002_000 })
  act(() => vi.advanceTimersByTime(2000 + 1000))
  expect(result.current).toBeNull()
  vi.useRealTimers()
})

test('other log records change nothing', async () => {
  const watcher = new BitrixWaitWatcher()
  const { result } = renderHook(() => useBitrixWait())
  await act(async () => {
    await watcher.info('post/send', { requestId: 'r2', method: 'user.get', params: '{"auth":"***"}' })
  })
  expect(result.current).toBeNull()
})

import { renderHook } from '@testing-library/react'
import { announceWait, useBitrixWait } from '@/api/b24/bitrix-wait.ts'
import { showToast, useToasts } from '@/lib/toasts.ts'

// The two tests run in order: the second sees what the first left behind, unless setup.ts resets it.
test('a test leaves a toast and a Bitrix24 wait behind', () => {
  showToast({ title: 'Could not switch', message: 'limits', tone: 'error' })
  announceWait({ code: 'QUERY_LIMIT_EXCEEDED', until: Date.now() + 60_000 })
  expect(renderHook(() => useToasts()).result.current).toHaveLength(1)
  expect(renderHook(() => useBitrixWait()).result.current).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED' })
})

test('the next test starts without them', () => {
  expect(renderHook(() => useToasts()).result.current).toEqual([])
  expect(renderHook(() => useBitrixWait()).result.current).toBeNull()
})

import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { PortalProvider } from '@/api/b24/portal-context.tsx'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { SAVE_AFTER_MS, useTableView } from './use-table-view.ts'

function renderView() {
  const { portal: base } = inProcessPortal()
  const setUserOption = vi.fn(base.setUserOption)
  const portal = { ...base, setUserOption }
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PortalProvider portal={portal}>{children}</PortalProvider>
  )
  const view = renderHook(() => useTableView(), { wrapper })
  const saves = () =>
    setUserOption.mock.calls.filter(([name]) => name === 'telephonyUsersView').map(([, value]) => value)
  return { ...view, saves }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

test('a burst of changes is saved once, as it ends', () => {
  const { result, saves } = renderView()
  for (const search of ['A', 'An', 'Ann']) {
    act(() => result.current.update({ search }))
    act(() => vi.advanceTimersByTime(SAVE_AFTER_MS - 1))
  }
  expect(saves()).toEqual([])
  act(() => vi.advanceTimersByTime(1))
  expect(saves()).toHaveLength(1)
  expect(JSON.parse(saves()[0] ?? '{}')).toMatchObject({ search: 'Ann' })
})

test('the frame going away saves the waiting change at once, and only once', () => {
  const { result, saves } = renderView()
  act(() => result.current.update({ extension: 'shared' }))
  act(() => void dispatchEvent(new PageTransitionEvent('pagehide')))
  expect(saves()).toHaveLength(1)
  expect(JSON.parse(saves()[0] ?? '{}')).toMatchObject({ extension: 'shared' })
  act(() => vi.advanceTimersByTime(SAVE_AFTER_MS))
  act(() => void dispatchEvent(new PageTransitionEvent('pagehide')))
  expect(saves()).toHaveLength(1)
})

test('with nothing changed, leaving saves nothing', () => {
  const { saves } = renderView()
  act(() => void dispatchEvent(new PageTransitionEvent('pagehide')))
  act(() => vi.advanceTimersByTime(SAVE_AFTER_MS))
  expect(saves()).toEqual([])
})

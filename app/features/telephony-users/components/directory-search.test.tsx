import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { PortalCall } from '@/test/fail-when.ts'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { render } from '@/test/render.tsx'
import { SEARCH_DEBOUNCE_MS } from '../api/use-directory-search.ts'
import { TelephonyUsersPage } from './telephony-users-page.tsx'

/** The list's pages after the first: held, the list stays loading. */
const laterPage = (call: PortalCall) => call.method === 'user.get' && Number(call.params.start) > 0
const searchbox = () => screen.getByRole('searchbox', { name: 'Search by name or extension' })
const sent = (log: readonly { params: unknown }[], text: string) =>
  log.some((entry) => JSON.stringify(entry.params).includes(text))

test('while the list loads, a search asks Bitrix24 and shows the hit with its SIP login', async () => {
  const { portal, engine, holdWhen } = inProcessPortal({ employees: 200 })
  const release = holdWhen(laterPage)
  render(<TelephonyUsersPage />, { portal })
  await screen.findByRole('row', { name: /Anna Petrova/ })
  await userEvent.type(searchbox(), 'last180')
  expect(await screen.findByText('Searching Bitrix24…')).toBeInTheDocument()
  const hit = await screen.findByRole('row', { name: /Name180 Last180/ })
  await waitFor(() => expect(within(hit).getByText('phone180')).toBeInTheDocument())
  expect(screen.getByText('1 found so far; the list is still loading.')).toBeInTheDocument()
  expect(screen.getByText(/Loading employees: 50 of 200/)).toBeInTheDocument()
  expect(sent(engine.log, 'NAME_SEARCH')).toBe(true)

  // The list's own row lands: one row, and the search is local again.
  release()
  await waitFor(() => expect(screen.queryByText(/Loading employees/)).not.toBeInTheDocument())
  expect(screen.getAllByRole('row', { name: /Last180/ })).toHaveLength(1)
  expect(screen.queryByText(/found so far/)).not.toBeInTheDocument()
  expect(screen.getByText('1 of 200 employees')).toBeInTheDocument()
})

test('the screen and its search box are up before the first batch lands, and a search asks Bitrix24 then', async () => {
  const { portal, holdWhen } = inProcessPortal({ employees: 200 })
  // The list itself (any page without a name search), held: nothing of it has landed.
  const release = holdWhen(
    (call) => call.method === 'user.get' && !JSON.stringify(call.params).includes('NAME_SEARCH'),
  )
  render(<TelephonyUsersPage />, { portal })
  expect(await screen.findByText('Loading employees…')).toBeInTheDocument()
  expect(screen.queryByText(/of \d+ employees/)).not.toBeInTheDocument()
  await userEvent.type(searchbox(), 'last180')
  const hit = await screen.findByRole('row', { name: /Name180 Last180/ })
  await waitFor(() => expect(within(hit).getByText('phone180')).toBeInTheDocument())
  expect(screen.getByText('1 found so far; the list is still loading.')).toBeInTheDocument()
  release()
  await screen.findByText('1 of 200 employees')
})

test('the table’s own search narrows the hits as typing goes on', async () => {
  const { portal, holdWhen } = inProcessPortal({ employees: 200 })
  holdWhen(laterPage)
  render(<TelephonyUsersPage />, { portal })
  await screen.findByRole('row', { name: /Anna Petrova/ })
  await userEvent.type(searchbox(), 'Name19')
  await screen.findByRole('row', { name: /Name190 Last190/ })
  // Eleven hits (Name19, Name190…Name199) pass the table's own search, not only Bitrix24's.
  await waitFor(() =>
    expect(screen.getByText('11 found so far; the list is still loading.')).toBeInTheDocument(),
  )
  await userEvent.type(searchbox(), '5')
  await waitFor(() => expect(screen.getAllByRole('row', { name: /Name19/ })).toHaveLength(1))
  expect(screen.getByRole('row', { name: /Name195 Last195/ })).toBeInTheDocument()
})

test('an older search answering late is not shown over the newer one', async () => {
  const { portal, engine, holdWhen } = inProcessPortal({ employees: 200 })
  holdWhen(laterPage)
  const searchFor = (words: string) => (call: PortalCall) =>
    JSON.stringify(call.params).includes(`"NAME_SEARCH":"${words}"`)
  let olderSent = false
  const releaseOlder = holdWhen(
    (call) => (olderSent ||= searchFor('Name18')(call)) && searchFor('Name18')(call),
  )
  const { queryClient } = render(<TelephonyUsersPage />, { portal })
  await screen.findByRole('row', { name: /Anna Petrova/ })
  await userEvent.type(searchbox(), 'Name18')
  await waitFor(() => expect(olderSent).toBe(true))
  // The newer text: Bitrix24 finds no word starting with "ame18", the table's own search would show
  // Name180…Name189 if the older answer (for "Name18") were taken.
  await userEvent.clear(searchbox())
  await userEvent.type(searchbox(), 'ame18')
  await screen.findByText('1 found so far; the list is still loading.')
  releaseOlder()
  // The older answer lands and its search settles (cancelled: nobody waits for it any more).
  await waitFor(() => expect(sent(engine.log, 'Name18')).toBe(true))
  await waitFor(() => expect(queryClient.isFetching({ queryKey: ['telephony-users', 'search'] })).toBe(0))
  expect(screen.queryByRole('row', { name: /Name180/ })).not.toBeInTheDocument()
  expect(screen.getByRole('row', { name: /Name18 Last18/ })).toBeInTheDocument()
})

test('approval pending: hits show, their SIP columns wait like the rest, and fill in once approved', async () => {
  const { portal, engine, holdWhen } = inProcessPortal({ employees: 200, approval: 'waiting' })
  holdWhen(laterPage)
  render(<TelephonyUsersPage />, { portal })
  await screen.findByRole('row', { name: /Anna Petrova/ })
  await userEvent.type(searchbox(), 'Last180')
  const hit = await screen.findByRole('row', { name: /Name180 Last180/ })
  await waitFor(() => expect(within(hit).getAllByText('Awaiting approval').length).toBeGreaterThan(0))
  expect(screen.getByText('1 found so far; the list is still loading.')).toBeInTheDocument()
  // Approved: the hit's settings are read too, while the list still loads.
  expect(engine.decideConfirmations('approved')).toBe(1)
  await userEvent.click(screen.getByRole('button', { name: 'Check again' }))
  await waitFor(() => expect(within(hit).getByText('phone180')).toBeInTheDocument())
  expect(screen.getByText(/Loading employees: 50 of 200/)).toBeInTheDocument()
})

test('a failed search says so and the loaded rows stay searchable', async () => {
  const { portal, holdWhen, failWhen } = inProcessPortal({ employees: 200 })
  holdWhen(laterPage)
  failWhen((call) => call.method === 'user.get' && 'NAME_SEARCH' in (call.params.FILTER as object), {
    kind: 'drop',
    when: 'before',
  })
  render(<TelephonyUsersPage />, { portal })
  await screen.findByRole('row', { name: /Anna Petrova/ })
  await userEvent.type(searchbox(), 'Last180')
  expect(await screen.findByText(/Bitrix24 could not search/)).toBeInTheDocument()
  expect(screen.getByText('No employee found so far; the list is still loading.')).toBeInTheDocument()
  await userEvent.clear(searchbox())
  await userEvent.type(searchbox(), 'Petrova')
  expect(await screen.findByRole('row', { name: /Anna Petrova/ })).toBeInTheDocument()
})

test('the first text that can narrow the list is asked at once, the rest of the typing after a pause', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
  try {
    const { portal, engine, holdWhen } = inProcessPortal({ employees: 200 })
    holdWhen(laterPage)
    render(<TelephonyUsersPage />, { portal })
    await screen.findByRole('row', { name: /Anna Petrova/ })
    const searches = () =>
      engine.log.flatMap((entry) => {
        const found = /NAME_SEARCH%5D=([^&"]*)/.exec(JSON.stringify(entry.params))
        return found ? [decodeURIComponent(found[1] ?? '')] : []
      })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await user.type(searchbox(), 'Nam') // "N", "Na": nothing Bitrix24 could narrow by
    // Asked well before a pause in typing would have asked it.
    await waitFor(() => expect(searches()).toEqual(['Nam']), { timeout: SEARCH_DEBOUNCE_MS / 2 })
    await user.type(searchbox(), 'e19')
    expect(searches()).toEqual(['Nam'])
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS))
    await waitFor(() => expect(searches()).toEqual(['Nam', 'Name19']))
    await screen.findByText('11 found so far; the list is still loading.')
    // A letter Bitrix24 would drop (a word under three letters) asks nothing again.
    await user.type(searchbox(), ' x')
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS * 2))
    expect(searches()).toEqual(['Nam', 'Name19'])
  } finally {
    vi.useRealTimers()
  }
})

test('once the list is whole, no search is sent to Bitrix24', async () => {
  // Fake timers that still follow real time: the test moves past the typing pause without waiting.
  vi.useFakeTimers({ shouldAdvanceTime: true })
  try {
    const { portal, engine } = inProcessPortal({ employees: 200 })
    render(<TelephonyUsersPage />, { portal })
    await screen.findByText('200 of 200 employees')
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await user.type(searchbox(), 'Last180')
    await screen.findByRole('row', { name: /Name180 Last180/ })
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS * 3))
    expect(sent(engine.log, 'NAME_SEARCH')).toBe(false)
    expect(screen.queryByText('Searching Bitrix24…')).not.toBeInTheDocument()
  } finally {
    vi.useRealTimers()
  }
})

test("a hit found before the list has brought its department shows the department's name, not its id", async () => {
  const { portal, engine, holdWhen } = inProcessPortal({ employees: 200 })
  // The list and its department pages, held: only a search and what it asks for get through.
  holdWhen(
    (call) =>
      (call.method === 'user.get' && !JSON.stringify(call.params).includes('NAME_SEARCH')) ||
      (call.method === 'department.get' && call.params.FILTER === undefined),
  )
  render(<TelephonyUsersPage />, { portal })
  await userEvent.type(
    await screen.findByRole('searchbox', { name: 'Search by name or extension' }),
    'last180',
  )
  const hit = await screen.findByRole('row', { name: /Name180 Last180/ })
  await waitFor(() => expect(within(hit).getByText('Sales')).toBeInTheDocument())
  expect(within(hit).queryByText('#1')).not.toBeInTheDocument()
  // One read of that one department, after the search itself.
  const departmentReads = engine.log.filter((entry) => entry.commands?.includes('department.get'))
  expect(departmentReads.map((entry) => entry.commands)).toContainEqual(['department.get'])
})

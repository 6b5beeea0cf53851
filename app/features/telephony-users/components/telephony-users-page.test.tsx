import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { render } from '@/test/render.tsx'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { TelephonyUsersPage } from './telephony-users-page.tsx'
import { whenRowsShown } from '../api/rows-shown.ts'

const row = (name: RegExp) => screen.getByRole('row', { name })

test('lists every employee with SIP settings; the password stays masked until asked for', async () => {
  const { portal, commands } = inProcessPortal()
  render(<TelephonyUsersPage />, { portal })
  const anna = await screen.findByRole('row', { name: /Anna Petrova/ })
  await waitFor(() => expect(within(anna).getByText('Office PBX')).toBeInTheDocument())
  expect(within(anna).getByText('Sales')).toBeInTheDocument()
  expect(within(anna).getByRole('switch', { name: 'SIP phone for Anna Petrova' })).toBeChecked()
  expect(
    within(row(/Boris Ivanov/)).getByRole('switch', { name: 'SIP phone for Boris Ivanov' }),
  ).not.toBeChecked()
  expect(within(row(/Boris Ivanov/)).getByText('Portal default')).toBeInTheDocument()
  expect(screen.getByText('<b>Zoë</b> Ångström')).toBeInTheDocument() // text, not markup
  expect(document.body.textContent).not.toContain('secret-1')

  await userEvent.click(within(anna).getByRole('button', { name: 'Show SIP password of Anna Petrova' }))
  expect(within(anna).getByText('secret-1')).toBeInTheDocument()
  // Page translation must never send SIP data out.
  expect(within(anna).getByText('secret-1')).toHaveAttribute('translate', 'no')
  expect(within(anna).getByText('phone1')).toHaveAttribute('translate', 'no')
  expect(within(anna).getByText('ip.b24-1.bitrixphone.com')).toHaveAttribute('translate', 'no')
  expect(document.body.textContent).not.toContain('secret-2')
  // Three commands in a first batch, then one batch of SIP settings: never one call per user.
  expect(commands('voximplant.user.get')).toHaveLength(1)
})

test('once the first rows are drawn the screen says so: the later pages of the list wait for nothing more', async () => {
  let drawn = false
  void whenRowsShown(60_000).then(() => (drawn = true))
  render(<TelephonyUsersPage />, { portal: inProcessPortal().portal })
  await screen.findByRole('row', { name: /Anna Petrova/ })
  await waitFor(() => expect(drawn).toBe(true))
})

test('searches by name (any case, no accents needed) or by extension', async () => {
  const { portal } = inProcessPortal()
  render(<TelephonyUsersPage />, { portal })
  await screen.findByRole('row', { name: /Anna Petrova/ })
  const box = screen.getByRole('searchbox', { name: 'Search by name or extension' })
  await userEvent.type(box, 'angstrom')
  await waitFor(() => expect(screen.queryByRole('row', { name: /Anna Petrova/ })).not.toBeInTheDocument())
  expect(row(/Ångström/)).toBeInTheDocument()
  await userEvent.clear(box)
  await userEvent.type(box, '102')
  await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2))
  expect(row(/Boris Ivanov/)).toBeInTheDocument()
  expect(screen.getByText('1 of 3 employees')).toBeInTheDocument()
})

test('awaiting approval: the list stays, SIP columns say so, and data appears once approved', async () => {
  // Boris, no administrator, holds the telephony right: only an administrator can approve.
  const { portal, engine } = inProcessPortal({
    approval: 'waiting',
    settings: { currentUserId: 2, permission: 'any' },
  })
  expect(portal.isAdmin).toBe(false)
  render(<TelephonyUsersPage />, { portal })
  const banner = await screen.findByRole('alert')
  expect(banner).toHaveTextContent('waiting for an administrator’s approval')
  expect(banner).toHaveTextContent('A portal administrator got a notification')
  expect(within(row(/Anna Petrova/)).getAllByText('Awaiting approval').length).toBeGreaterThan(0)
  expect(within(row(/Anna Petrova/)).getByRole('switch')).toBeDisabled()

  expect(engine.decideConfirmations('approved')).toBe(1)
  await userEvent.click(screen.getByRole('button', { name: 'Check again' }))
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
  expect(within(row(/Anna Petrova/)).getByRole('switch')).toBeChecked()
})

test('denied approval gets its own banner', async () => {
  const { portal } = inProcessPortal({ approval: 'denied' })
  render(<TelephonyUsersPage />, { portal })
  expect(await screen.findByRole('alert')).toHaveTextContent('denied access to SIP settings')
})

test('employees the user may not manage say so and cannot be switched', async () => {
  // The right for one's own phone only: Anna may manage Anna.
  const { portal } = inProcessPortal({ settings: { permission: 'own' } })
  render(<TelephonyUsersPage />, { portal })
  await waitFor(() => expect(within(row(/Anna Petrova/)).getByRole('switch')).toBeEnabled())
  const boris = row(/Boris Ivanov/)
  expect(within(boris).getByRole('switch')).toBeDisabled()
  expect(within(boris).getByRole('switch')).toHaveAccessibleDescription(
    'You may not change this employee’s telephony settings.',
  )
  expect(within(boris).getAllByText('No permission').length).toBeGreaterThan(0)
})

test('a user without the telephony right is told what to ask for, not to wait for an approval', async () => {
  const { portal, engine } = inProcessPortal({ approval: 'waiting', settings: { permission: 'none' } })
  render(<TelephonyUsersPage />, { portal })
  expect(await screen.findByText('You may not manage anyone’s SIP phone')).toBeInTheDocument()
  expect(screen.getByText(/User Settings — Modify/)).toBeInTheDocument()
  expect(screen.queryByText(/waiting for an administrator’s approval/)).not.toBeInTheDocument()
  expect(within(row(/Anna Petrova/)).getByRole('switch')).toBeDisabled()
  expect(engine.pendingConfirmations()).toEqual([]) // nobody was asked
})

test('switching on calls activatePhone and shows the state read back', async () => {
  const { portal, phone, commands } = inProcessPortal()
  render(<TelephonyUsersPage />, { portal })
  await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).toBeEnabled())
  await userEvent.click(within(row(/Boris Ivanov/)).getByRole('switch'))
  await waitFor(() => expect(phone(2)).toBe('Y'))
  await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).toBeChecked())
  expect(commands('voximplant.user.get')).toHaveLength(2) // the list, then the re-read
})

test('"off" that Bitrix24 ignores shows the truth and the way to Telephony → Users', async () => {
  const openPath = vi.fn(async () => undefined)
  const { portal } = inProcessPortal({ settings: { deactivateMode: 'broken' } })
  render(<TelephonyUsersPage />, { portal: { ...portal, openPath } })
  await waitFor(() => expect(within(row(/Anna Petrova/)).getByRole('switch')).toBeEnabled())
  await userEvent.click(within(row(/Anna Petrova/)).getByRole('switch'))
  await within(row(/Anna Petrova/)).findByText('Still on')
  expect(within(row(/Anna Petrova/)).getByRole('switch')).toBeChecked()
  await userEvent.click(within(row(/Anna Petrova/)).getByRole('button', { name: 'Telephony → Users' }))
  expect(openPath).toHaveBeenCalledWith('/telephony/users.php')
})

test('"on" that Bitrix24 answers with success but reverts says so on the row', async () => {
  // Bitrix24 could not set up Boris's SIP account: activatePhone answers 1 and turns the phone off again.
  const { portal } = inProcessPortal({ settings: { registrationFailsFor: [2] } })
  render(<TelephonyUsersPage />, { portal })
  await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).toBeEnabled())
  await userEvent.click(within(row(/Boris Ivanov/)).getByRole('switch'))
  await within(row(/Boris Ivanov/)).findByText('Still off')
  expect(within(row(/Boris Ivanov/)).getByRole('switch')).not.toBeChecked()
  expect(within(row(/Boris Ivanov/)).getByRole('status')).toHaveTextContent('Bitrix24 left this phone off.')
  expect(within(row(/Boris Ivanov/)).getByRole('button', { name: 'Telephony → Users' })).toBeInTheDocument()
})

test('a phone switched on for the first time shows the password Bitrix24 created, once asked', async () => {
  const { portal, engine } = inProcessPortal()
  render(<TelephonyUsersPage />, { portal })
  const zoe = await screen.findByRole('row', { name: /Ångström/ })
  await waitFor(() => expect(within(zoe).getByRole('switch')).toBeEnabled())
  expect(within(zoe).getByText('No password')).toBeInTheDocument()
  await userEvent.click(within(zoe).getByRole('switch'))
  const show = await within(zoe).findByRole('button', { name: /Show SIP password/ })
  const created = engine.voximplantUser(3)?.SIP_PASSWORD
  expect(created).toMatch(/\w{8,}/)
  expect(document.body.textContent).not.toContain(created)
  await userEvent.click(show)
  expect(within(zoe).getByText(created!)).toBeInTheDocument()
})

test('a failed switch rolls back and names the employee and the reason', async () => {
  const { portal, engine } = inProcessPortal()
  render(<TelephonyUsersPage />, { portal })
  await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).toBeEnabled())
  // The request bucket is full: Bitrix24 answers 503 QUERY_LIMIT_EXCEEDED.
  engine.updateSettings({ bucket: { drainPerSecond: 2, limit: 0 } })
  await userEvent.click(within(row(/Boris Ivanov/)).getByRole('switch'))
  await screen.findByText('Could not switch on the SIP phone of Boris Ivanov')
  // The notification names the reason (the read-back that follows meets the same limit and says so too).
  const toast = screen
    .getAllByRole('alert')
    .find((alert) => within(alert).queryByText('Could not switch on the SIP phone of Boris Ivanov'))
  expect(toast).toHaveTextContent(/limiting requests/)
  await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).not.toBeChecked())
})

test('bulk: select matching rows, confirm, see per-row results and the table updated', async () => {
  const { portal: base, phone } = inProcessPortal()
  const setUserOption = vi.fn(base.setUserOption)
  const portal = { ...base, setUserOption }
  render(<TelephonyUsersPage />, { portal })
  await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).toBeEnabled())
  await userEvent.click(screen.getByRole('checkbox', { name: 'Select all 3 matching employees' }))
  expect(screen.getByRole('region', { name: '3 selected' })).toBeInTheDocument()
  await userEvent.click(
    within(screen.getByRole('region', { name: '3 selected' })).getByRole('button', { name: 'Switch on' }),
  )
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveTextContent('Switch on the SIP phones of 3 employees?')
  await userEvent.click(within(dialog).getByRole('button', { name: 'Switch on' }))
  await within(dialog).findByText('3 SIP phones switched on')
  expect([1, 2, 3].map(phone)).toEqual(['Y', 'Y', 'Y'])
  // The journal of the running change: first everything pending, then cleared when all was sent.
  const journal = setUserOption.mock.calls
    .filter(([name]) => name === 'telephonyUsersBulk')
    .map(([, value]) => value)
  expect(JSON.parse(journal[0] ?? '{}')).toMatchObject({ on: true, total: 3, pendingCount: 3, ids: '1-3' })
  expect(journal.at(-1)).toBe('')
  await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }))
  expect(within(row(/Ångström/)).getByRole('switch')).toBeChecked()
})

test("the header's box: empty with nothing selected, mixed with some, checked with every shown employee", async () => {
  const { portal } = inProcessPortal()
  render(<TelephonyUsersPage />, { portal })
  await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).toBeEnabled())
  const all = screen.getByRole('checkbox', { name: 'Select all 3 matching employees' })
  expect(all).not.toBeChecked()
  expect(all).toHaveProperty('indeterminate', false)
  await userEvent.click(within(row(/Boris Ivanov/)).getByRole('checkbox'))
  expect(all).not.toBeChecked()
  expect(all).toHaveProperty('indeterminate', true)
  // Narrowed to the selected employee alone, every shown employee is selected.
  await userEvent.type(screen.getByRole('searchbox'), 'Boris')
  const one = await screen.findByRole('checkbox', { name: 'Select all 1 matching employees' })
  await waitFor(() => expect(one).toBeChecked())
  expect(one).toHaveProperty('indeterminate', false)
})

test('bulk: employees that cannot be read back are "not verified" until checked again', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
  try {
    const { portal, engine } = inProcessPortal()
    render(<TelephonyUsersPage />, { portal })
    await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).toBeEnabled())
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all 3 matching employees' }))
    await userEvent.click(
      within(screen.getByRole('region', { name: '3 selected' })).getByRole('button', { name: 'Switch on' }),
    )
    const dialog = await screen.findByRole('dialog')
    // Every read of this run is lost on its way (a dropped connection), the writes get through.
    engine.updateSettings({ faults: { rate: 1, kinds: ['drop'], scope: 'reads', when: 'before' } })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Switch on' }))
    await act(() => vi.advanceTimersByTimeAsync(7000)) // the pauses between read-backs
    await within(dialog).findByText('Not verified: 3')
    const rows = within(dialog).getAllByRole('row')
    expect(rows).toHaveLength(3)
    expect(rows[0]).toHaveTextContent(/Not verified$/) // the hint above says why, once
    expect(within(dialog).getByText(/not known whether the change happened/)).toBeInTheDocument()
    expect(within(dialog).queryByRole('button', { name: 'Retry the failed ones' })).toBeNull()

    engine.updateSettings({ faults: { rate: 0 } })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Check again' }))
    await within(dialog).findByText('3 SIP phones switched on')
    expect(within(dialog).queryByRole('button', { name: 'Check again' })).toBeNull()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(within(row(/Ångström/)).getByRole('switch')).toBeChecked()
  } finally {
    vi.useRealTimers()
  }
})

test('two quick clicks on one switch run in order and end in the state of the last click', async () => {
  const { portal, phone } = inProcessPortal({ settings: { deactivateMode: 'working' } })
  const order: string[] = []
  const call = portal.client.call.bind(portal.client)
  portal.client.call = async (method, params) => {
    if (method.endsWith('Phone')) order.push(method)
    // "On" is slow: were the two requests in flight together, "off" would land first and "on" last.
    await new Promise((resolve) => setTimeout(resolve, method === 'voximplant.user.activatePhone' ? 80 : 5))
    return call(method, params)
  }
  render(<TelephonyUsersPage />, { portal })
  await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).toBeEnabled())
  const toggle = within(row(/Boris Ivanov/)).getByRole('switch')
  await userEvent.click(toggle) // on
  await userEvent.click(toggle) // off, while "on" may still be in flight
  await waitFor(() =>
    expect(order).toEqual(['voximplant.user.activatePhone', 'voximplant.user.deactivatePhone']),
  )
  await waitFor(() => expect(phone(2)).toBe('N'))
  await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).not.toBeChecked())
  await waitFor(() => expect(within(row(/Boris Ivanov/)).queryByText('Saving…')).toBeNull())
  expect(within(row(/Boris Ivanov/)).getByRole('switch')).not.toBeChecked()
})

test('Refresh brings in an employee added since, with their SIP settings', async () => {
  const { portal, addEmployee } = inProcessPortal()
  render(<TelephonyUsersPage />, { portal })
  await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).toBeEnabled())
  expect(screen.queryByRole('row', { name: /Dana Novak/ })).toBeNull()
  addEmployee({
    id: 4,
    name: 'Dana',
    lastName: 'Novak',
    position: 'Support',
    departments: [2],
    extension: '104',
    phone: 'N',
    password: 'secret-4',
  })
  await userEvent.click(screen.getByRole('button', { name: 'Refresh' }))
  const dana = await screen.findByRole('row', { name: /Dana Novak/ })
  await waitFor(() =>
    expect(within(dana).getByRole('switch', { name: 'SIP phone for Dana Novak' })).toBeEnabled(),
  )
})

test('a switch pressed while the SIP settings still load: the rows the read had not reached still get theirs', async () => {
  const { portal, phone, holdWhen } = inProcessPortal({ employees: 200 })
  // The SIP settings of a later batch of the list (employee 180's) are held: that read is in flight.
  const release = holdWhen(
    (call) => call.method === 'voximplant.user.get' && JSON.stringify(call.params).includes('"180"'),
  )
  render(<TelephonyUsersPage />, { portal })
  await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).toBeEnabled())
  await screen.findByText('200 of 200 employees')
  // The switch stops the reads in flight, so none can overwrite what it shows with an older state.
  await userEvent.click(within(row(/Boris Ivanov/)).getByRole('switch'))
  await waitFor(() => expect(phone(2)).toBe('Y'))
  release()
  await waitFor(() => expect(within(row(/Boris Ivanov/)).getByRole('switch')).toBeChecked())
  await userEvent.type(screen.getByRole('searchbox', { name: 'Search by name or extension' }), 'Last180')
  await waitFor(() => expect(within(row(/Last180/)).getByRole('switch')).toBeEnabled())
})

test('a column header sorts by it; a second click turns the order round, and typing keeps it', async () => {
  const { portal } = inProcessPortal()
  render(<TelephonyUsersPage />, { portal })
  await waitFor(() => expect(within(row(/Anna Petrova/)).getByRole('switch')).toBeEnabled())
  const names = () =>
    screen
      .getAllByRole('row')
      .slice(1)
      // The name is the button that opens the employee's panel.
      .map((r) => r.querySelector('button[aria-haspopup="dialog"]')?.textContent)
  const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) })
  const byName = names()
  expect(byName).toHaveLength(3)
  expect(header('Employee')).toHaveAttribute('aria-sort', 'ascending')

  await userEvent.click(within(header('Employee')).getByRole('button'))
  expect(header('Employee')).toHaveAttribute('aria-sort', 'descending')
  await waitFor(() => expect(names()).toEqual([...byName].reverse()))

  // The headers are drawn once for all keystrokes: what they show still follows the sort.
  await userEvent.type(screen.getByRole('searchbox', { name: 'Search by name or extension' }), 'o')
  await userEvent.click(within(header('Employee')).getByRole('button'))
  expect(header('Employee')).toHaveAttribute('aria-sort', 'ascending')
  await userEvent.click(within(header('Extension')).getByRole('button'))
  expect(header('Extension')).toHaveAttribute('aria-sort', 'ascending')
  expect(header('Employee')).not.toHaveAttribute('aria-sort')
  await userEvent.click(within(header('Extension')).getByRole('button'))
  expect(header('Extension')).toHaveAttribute('aria-sort', 'descending')
})

test('the SIP phone and extension filters narrow the list, and let it go again', async () => {
  const { portal } = inProcessPortal()
  render(<TelephonyUsersPage />, { portal })
  await waitFor(() => expect(within(row(/Anna Petrova/)).getByRole('switch')).toBeEnabled())
  const phone = screen.getByRole('combobox', { name: 'SIP phone' })
  const extension = screen.getByRole('combobox', { name: 'Extension' })

  await userEvent.selectOptions(phone, 'Off')
  await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2))
  expect(row(/Boris Ivanov/)).toBeInTheDocument()
  await userEvent.selectOptions(phone, 'Any')
  await userEvent.selectOptions(extension, 'None')
  await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2))
  expect(row(/Ångström/)).toBeInTheDocument()
  await userEvent.selectOptions(extension, 'Has one')
  await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3))
  expect(screen.queryByRole('row', { name: /Ångström/ })).not.toBeInTheDocument()
})

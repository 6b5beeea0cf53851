import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { render } from '@/test/render.tsx'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { TelephonyUsersPage } from '../telephony-users-page.tsx'

const DAY = 86_400
const row = (name: RegExp) => screen.getByRole('row', { name })

/** Opens the scan, checks its estimate and runs it to the end. */
async function scanAll(employees: number) {
  await userEvent.click(await screen.findByRole('button', { name: 'Show last calls' }))
  const dialog = await screen.findByRole('dialog', { name: 'Last calls' })
  expect(
    within(dialog).getByText(
      `Read the last call of ${employees} employees from Bitrix24’s call statistics. Requests to Bitrix24: 1.`,
    ),
  ).toBeInTheDocument()
  await userEvent.click(within(dialog).getByRole('button', { name: 'Read last calls' }))
  await within(dialog).findByRole('button', { name: 'Close' })
  return dialog
}

test('an administrator sees each last call in the table, and the filters pick the right people', async () => {
  const { portal, addCall, commands } = inProcessPortal()
  addCall({ userId: 1, ageSeconds: 120 * DAY, incoming: 1 })
  addCall({ userId: 2, ageSeconds: 200 * DAY, incoming: 1 })
  addCall({ userId: 2, ageSeconds: 2 * DAY, incoming: 2, code: '304' })
  render(<TelephonyUsersPage />, { portal })
  await waitFor(() => expect(within(row(/Anna Petrova/)).getByRole('switch')).toBeChecked(), {
    timeout: 5000,
  })
  // On demand only: nothing is read before the button.
  expect(commands('voximplant.statistic.get')).toEqual([])
  expect(screen.queryByRole('columnheader', { name: 'Last call' })).not.toBeInTheDocument()

  const dialog = await scanAll(3)
  expect(
    within(dialog).getByText('Done: the last calls of 3 employees are in the table.'),
  ).toBeInTheDocument()
  await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }))

  expect(screen.getByRole('columnheader', { name: 'Last call' })).toBeInTheDocument()
  expect(await within(row(/Anna Petrova/)).findByText('No calls in 90 days')).toBeInTheDocument()
  expect(within(row(/Boris Ivanov/)).getByText('missed')).toBeInTheDocument()
  expect(within(row(/Ångström/)).getByText('Never')).toBeInTheDocument()
  expect(
    screen.getByText(/1 SIP phone is on without a call in 90 days\. Bitrix24 does not let an app switch/),
  ).toBeInTheDocument()

  const filter = screen.getByRole('combobox', { name: 'Calls' })
  await userEvent.selectOptions(filter, 'Never called')
  await waitFor(() => expect(screen.queryByRole('row', { name: /Anna Petrova/ })).not.toBeInTheDocument())
  expect(row(/Ångström/)).toBeInTheDocument()
  expect(screen.queryByRole('row', { name: /Boris Ivanov/ })).not.toBeInTheDocument()

  await userEvent.selectOptions(filter, 'Phone on, no calls in 90 days')
  await waitFor(() => expect(row(/Anna Petrova/)).toBeInTheDocument())
  expect(screen.queryByRole('row', { name: /Ångström/ })).not.toBeInTheDocument()
  expect(screen.queryByRole('row', { name: /Boris Ivanov/ })).not.toBeInTheDocument()
})

test('under narrower rights the scan names whom it could not read and shows nobody as "Never"', async () => {
  const { portal, addCall } = inProcessPortal({
    settings: { currentUserId: 2, callStatisticsPermission: 'own', permission: 'any' },
  })
  addCall({ userId: 1, ageSeconds: 5 * DAY })
  addCall({ userId: 2, ageSeconds: 3 * DAY })
  render(<TelephonyUsersPage />, { portal })
  await screen.findByRole('row', { name: /Anna Petrova/ })
  const dialog = await scanAll(3)
  const list = within(dialog).getByRole('list', { name: '2 employees could not be read' })
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['<b>Zoë</b> Ångström', 'Anna Petrova']) // the table's order
  await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }))
  // Anna's call exists but is not Boris's to see: hers reads "Not readable", never someone else's call.
  expect(await within(row(/Anna Petrova/)).findByText('Not readable')).toBeInTheDocument()
  expect(within(row(/Ångström/)).getByText('Not readable')).toBeInTheDocument()
  expect(within(row(/Boris Ivanov/)).getByText('outgoing')).toBeInTheDocument()
  expect(screen.queryByText('Never')).not.toBeInTheDocument()
})

test('without "Call statistics — View" the scan says which permission to ask for', async () => {
  const { portal } = inProcessPortal({ settings: { callStatisticsPermission: 'none' } })
  render(<TelephonyUsersPage />, { portal })
  await screen.findByRole('row', { name: /Anna Petrova/ })
  const dialog = await scanAll(3)
  expect(
    within(dialog).getByText(/needs the telephony permission “Call statistics — View”/),
  ).toBeInTheDocument()
})

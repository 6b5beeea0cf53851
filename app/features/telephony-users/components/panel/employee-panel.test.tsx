import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { render } from '@/test/render.tsx'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { TelephonyUsersPage } from '../telephony-users-page.tsx'

test('a name opens the panel with everything about the employee; Escape gives focus back to the name', async () => {
  const { portal } = inProcessPortal()
  render(<TelephonyUsersPage />, { portal })
  const row = await screen.findByRole('row', { name: /Anna Petrova/ })
  await waitFor(() => expect(within(row).getByRole('switch')).toBeEnabled())
  const name = within(row).getByRole('button', { name: 'Anna Petrova' })
  name.focus()
  await userEvent.keyboard('{Enter}')

  const panel = await screen.findByRole('dialog', { name: 'Anna Petrova' })
  expect(panel).toHaveTextContent('Head of sales')
  expect(panel).toHaveTextContent('Sales')
  expect(panel).toHaveTextContent('101')
  expect(panel).toHaveTextContent('Office PBX')
  expect(panel).toHaveTextContent('ip.b24-1.bitrixphone.com')
  expect(panel).toHaveTextContent('phone1')
  expect(within(panel).getByRole('switch', { name: 'SIP phone for Anna Petrova' })).toBeChecked()
  expect(within(panel).getByRole('img', { name: 'Hidden password' })).toBeInTheDocument()
  expect(document.body.textContent).not.toContain('secret-1')
  await userEvent.click(within(panel).getByRole('button', { name: 'Show SIP password of Anna Petrova' }))
  expect(panel).toHaveTextContent('secret-1')

  await userEvent.keyboard('{Escape}')
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  expect(name).toHaveFocus()
  expect(document.body.textContent).not.toContain('secret-1')
})

test('the panel links to the profile and to Telephony → Users through the portal', async () => {
  const { portal } = inProcessPortal()
  const opened: string[] = []
  render(<TelephonyUsersPage />, {
    portal: { ...portal, openPath: async (path) => void opened.push(path) },
  })
  const row = await screen.findByRole('row', { name: /Boris Ivanov/ })
  await userEvent.click(within(row).getByRole('button', { name: 'Boris Ivanov' }))
  const panel = await screen.findByRole('dialog', { name: 'Boris Ivanov' })
  await userEvent.click(within(panel).getByRole('button', { name: 'Open profile in Bitrix24' }))
  await userEvent.click(within(panel).getByRole('button', { name: 'Telephony → Users' }))
  expect(opened).toEqual(['/company/personal/user/2/', '/telephony/users.php'])
})

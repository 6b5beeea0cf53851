import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Params } from '@/api/b24/client.ts'
import { fakePortal, page, restError } from '@/test/fake-portal.ts'
import { render } from '@/test/render.tsx'
import { directoryQuery } from '@/features/telephony-users/api/get-directory.ts'
import { ExtensionField } from './extension-field.tsx'

/** Two employees; `scopes` the app was installed with; user.update as Bitrix24 answers it. */
function portalWith(scopes: string[]) {
  const users = [
    { ID: '1', NAME: 'Anna', LAST_NAME: 'Petrova', UF_PHONE_INNER: '101' },
    { ID: '2', NAME: 'Boris', LAST_NAME: 'Ivanov', UF_PHONE_INNER: '102' },
  ]
  const updates: Params[] = []
  const portal = fakePortal((method: string, params: Params) => {
    if (method === 'scope') return scopes
    if (method === 'profile') return { ID: '9', ADMIN: true }
    if (method === 'department.get') return page([], 0)
    if (method === 'voximplant.line.get') return {}
    if (method === 'user.update') {
      updates.push(params)
      if (params.UF_PHONE_INNER === '5000') throw restError('ERROR_CORE', 400, 'ERROR_PHONE_INNER_IN_USAGE ')
      const user = users.find((u) => u.ID === String(params.ID))
      if (user) user.UF_PHONE_INNER = String(params.UF_PHONE_INNER).replace(/\D/g, '')
      return true
    }
    if (method === 'user.get') {
      const id = (params.FILTER as { ID?: number } | undefined)?.ID
      const rows = id === undefined ? users : users.filter((u) => u.ID === String(id))
      return page(rows, rows.length)
    }
    throw restError('ERROR_METHOD_NOT_FOUND', 404)
  })
  return { portal, updates }
}

const anna = {
  id: 1,
  fullName: 'Anna Petrova',
  position: '',
  photoUrl: null,
  departmentIds: [],
  extension: '101',
}

test('without the scope user the extension is read-only and one line says how to allow it', async () => {
  const { portal } = portalWith(['telephony', 'user_brief', 'department'])
  render(<ExtensionField employee={anna} />, { portal })
  expect(await screen.findByText(/give the app the optional scope “user”/)).toBeInTheDocument()
  expect(screen.getByText('101')).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: /Edit extension/ })).not.toBeInTheDocument()
})

test('with the scope: checked while typing, then sent with user.update', async () => {
  const user = userEvent.setup()
  const { portal, updates } = portalWith(['telephony', 'user_brief', 'department', 'user'])
  const { queryClient } = render(<ExtensionField employee={anna} />, { portal })
  // The screen around the panel has read the directory; the field only observes it.
  await queryClient.fetchQuery(directoryQuery(portal.client))
  await user.click(await screen.findByRole('button', { name: 'Edit extension of Anna Petrova' }))
  const input = await screen.findByRole('textbox', { name: 'Extension of Anna Petrova' })
  await user.clear(input)
  await user.type(input, '102')
  await waitFor(() => expect(input).toHaveAccessibleDescription(/Already used by Boris Ivanov/))
  await user.clear(input)
  await user.type(input, '12a')
  expect(input).toHaveAccessibleDescription(/Use digits only/)
  await user.clear(input)
  await user.type(input, '4321{Enter}')
  await waitFor(() => expect(updates).toEqual([{ ID: 1, UF_PHONE_INNER: '4321' }]))
})

import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { directoryQuery } from '@/features/telephony-users/api/get-directory.ts'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { render } from '@/test/render.tsx'
import { ExtensionField } from './extension-field.tsx'

/** The small portal (Anna 101, Boris 102…), installed with `scopes`; Anna, an administrator, uses it. */
const portalWith = (scopes: string[]) => inProcessPortal({ settings: { appScopes: scopes } })

const anna = {
  id: 1,
  fullName: 'Anna Petrova',
  position: '',
  photoUrl: null,
  departmentIds: [],
  extension: '101',
  email: null,
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
  const { portal, engine, commands } = portalWith(['telephony', 'user_brief', 'department', 'user'])
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
  await waitFor(() => expect(commands('user.update')).toHaveLength(1))
  expect(engine.log.find((entry) => entry.method === 'user.update')?.params).toMatchObject({
    ID: '1',
    UF_PHONE_INNER: '4321',
  })
  // Bitrix24 holds the new extension.
  const read = await portal.client.call('user.get', { FILTER: { ID: 1 } })
  expect(read.result).toEqual([expect.objectContaining({ ID: '1', UF_PHONE_INNER: '4321' })])
})

import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { render } from '@/test/render.tsx'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { TelephonyUsersPage } from '../telephony-users-page.tsx'

/** Windows-1251 for the Cyrillic letters used here, by its table (А–я at 0xC0–0xFF). */
function cp1251(text: string): Uint8Array<ArrayBuffer> {
  const letters = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя'
  return new Uint8Array(
    [...text].map((c) => (letters.includes(c) ? 0xc0 + letters.indexOf(c) : c.charCodeAt(0))),
  )
}

const withUserScope = { settings: { appScopes: ['telephony', 'user_brief', 'department', 'user'] } }

async function openImport(extra: (local: ReturnType<typeof inProcessPortal>) => void = () => undefined) {
  const local = inProcessPortal(withUserScope)
  extra(local)
  render(<TelephonyUsersPage />, { portal: local.portal })
  // The button waits for the edit rights (user.admin, the scope): a loaded machine may take seconds.
  const open = await screen.findByRole('button', { name: 'Import from a file' }, { timeout: 10_000 })
  await userEvent.click(open)
  const dialog = await screen.findByRole(
    'dialog',
    { name: 'Import extensions from a spreadsheet' },
    { timeout: 10_000 },
  )
  return { ...local, dialog }
}

/** The preview's row of a file line (the line number is the second cell, after the box to apply it). */
const lineOf = (preview: HTMLElement, n: number) =>
  within(preview)
    .getAllByRole('row')
    .find((row) => within(row).queryAllByRole('cell')[1]?.textContent === String(n))

const upload = (dialog: HTMLElement, bytes: Uint8Array<ArrayBuffer>, name: string) =>
  userEvent.upload(within(dialog).getByLabelText('Spreadsheet file'), new File([bytes], name))

test('a 1251 CSV with Russian headers: the fate of every line first, then exactly the valid changes', async () => {
  const { dialog, commands, engine } = await openImport((local) => {
    local.addEmployee({ id: 4, name: 'Dmitri', lastName: 'Orlov', departments: [1], extension: '104' })
    local.addEmployee({ id: 5, name: 'Elena', lastName: 'Sokolova', departments: [1] })
  })
  const csv = [
    'ID пользователя;Внутренний номер',
    '1;102', // Anna and Boris swap
    '2;101',
    '3;5000', // a telephony queue's number: only Bitrix24 knows
    '4;77', // Dmitri twice
    '4;78',
    '5;12345', // too long
    '99;200', // nobody
  ].join('\r\n')
  await upload(dialog, cp1251(csv), 'plan.csv')
  const preview = await within(dialog).findByRole('table', { name: 'What happens to each line' })
  expect(
    within(dialog).getByText('3 will be changed · 0 already set · 4 will not be sent'),
  ).toBeInTheDocument()
  const line = (n: number) => lineOf(preview, n)
  expect(line(2)).toHaveTextContent('Anna Petrova')
  expect(line(2)).toHaveTextContent('Will be changed')
  expect(line(5)).toHaveTextContent('The same employee is also on line 6')
  expect(line(7)).toHaveTextContent('At most 4 digits')
  expect(line(8)).toHaveTextContent('No employee found')
  expect(commands('user.update')).toEqual([])

  await userEvent.click(within(dialog).getByRole('button', { name: 'Apply 3 changes' }))
  await within(dialog).findByText(/^2 extensions assigned · Failed: 1$/, {}, { timeout: 10_000 })
  expect(within(dialog).getByRole('table')).toHaveTextContent(/Ångström.*ERROR_PHONE_INNER_IN_USAGE/)
  const held = (id: number) => engine.voximplantUser(id)?.INNER_NUMBER || null
  expect([1, 2, 3, 4, 5].map(held)).toEqual(['102', '101', null, '104', null])
  expect(commands('user.update')).toHaveLength(4) // the swap's temporary clear, then the three numbers

  // Retry: back to the same file, planned again against what Bitrix24 holds now (the swap is done).
  await userEvent.click(within(dialog).getByRole('button', { name: 'Retry the failed ones' }))
  expect(
    within(dialog).getByText('1 will be changed · 2 already set · 4 will not be sent'),
  ).toBeInTheDocument()
})

test('good lines the admin unticks are left out, planned again and kept out on a retry', async () => {
  const { dialog, commands, engine } = await openImport((local) => {
    local.addEmployee({ id: 4, name: 'Dmitri', lastName: 'Orlov', departments: [1], extension: '104' })
  })
  const csv = ['ID,Extension', '1,102', '2,101', '3,5000', '4,105'].join('\n') // a swap, a queue's number
  await upload(dialog, new TextEncoder().encode(csv), 'plan.csv')
  const preview = await within(dialog).findByRole('table', { name: 'What happens to each line' })
  const summary = within(dialog).getByRole('status')
  expect(summary).toHaveTextContent(/^4 will be changed · 0 already set · 0 will not be sent$/)
  const box = (name: RegExp) => within(preview).getByRole('checkbox', { name })
  const order = () =>
    within(preview)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent)

  // Boris's line out: Anna's number stays his, so her line now wants a number someone keeps.
  await userEvent.click(box(/^Apply line 3: Boris Ivanov, extension 101$/))
  expect(summary).toHaveTextContent(/^2 will be changed · 0 already set · 1 will not be sent · 1 left out$/)
  expect(lineOf(preview, 2)).toHaveTextContent('Another active employee has this extension and keeps it')
  expect(within(lineOf(preview, 2)!).queryByRole('checkbox')).not.toBeInTheDocument()
  expect(lineOf(preview, 3)).toHaveTextContent('Left out')
  expect(within(dialog).getByRole('button', { name: 'Apply 2 changes' })).toBeEnabled()
  expect(order()).toEqual(['2', '3', '4', '5']) // nothing moved under the pointer

  // Back in by keyboard: the box keeps the focus and the swap is whole again.
  const boris = box(/^Apply line 3: Boris Ivanov/)
  boris.focus()
  await userEvent.keyboard(' ')
  expect(boris).toBeChecked()
  expect(boris).toHaveFocus()
  expect(summary).toHaveTextContent(/^4 will be changed · 0 already set · 0 will not be sent$/)

  await userEvent.click(box(/^Apply line 5: Dmitri Orlov, extension 105$/))
  await userEvent.click(within(dialog).getByRole('button', { name: 'Apply 3 changes' }))
  await within(dialog).findByText(/^2 extensions assigned · Failed: 1$/, {}, { timeout: 10_000 })
  const held = (id: number) => engine.voximplantUser(id)?.INNER_NUMBER || null
  expect([1, 2, 3, 4].map(held)).toEqual(['102', '101', null, '104'])
  expect(commands('user.update')).toHaveLength(4) // the swap's temporary clear, then the three numbers

  // The retry plans the same file again: Dmitri's line is still left out.
  await userEvent.click(within(dialog).getByRole('button', { name: 'Retry the failed ones' }))
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    /^1 will be changed · 2 already set · 0 will not be sent · 1 left out$/,
  )
  expect(within(dialog).getByRole('checkbox', { name: /^Apply line 5: Dmitri Orlov/ })).not.toBeChecked()
})

test('a file that cannot be imported says why and sends nothing', async () => {
  const { dialog, commands } = await openImport()
  await upload(dialog, new Uint8Array(0), 'empty.csv')
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('The file is empty')
  expect(within(dialog).getByRole('button', { name: 'Apply 0 changes' })).toBeDisabled()
  expect(commands('user.update')).toEqual([])
})

test('columns nobody can recognise are chosen by hand', async () => {
  const { dialog } = await openImport()
  await upload(dialog, new TextEncoder().encode('who,number\n2,222\n'), 'plan.csv')
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('No column was recognised')
  await userEvent.selectOptions(
    within(dialog).getByRole('combobox', { name: 'Column with the employee' }),
    'who',
  )
  await userEvent.selectOptions(
    within(dialog).getByRole('combobox', { name: 'Column with the new extension' }),
    'number',
  )
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Apply 1 change' })).toBeEnabled())
  // Both columns chosen: the call to choose them is gone.
  expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument()
})

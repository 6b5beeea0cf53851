import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { B24Client } from '@/api/b24/client.ts'
import type { Portal } from '@/api/b24/portal.ts'
import type { KeyValueStore } from '@/api/persist/key-value-store.ts'
import { STORAGE_KEY_OPTION } from '@/api/persist/storage-key.ts'
import { App, startOpening } from './app.tsx'
import { inProcessPortal, type InProcessPortal } from './test/in-process-portal.ts'
import { brokenStore, memoryStore, silentStore } from './test/memory-store.ts'

const withUserScope = { appScopes: ['telephony', 'user_brief', 'department', 'user'] }

/** The portal with every REST request held until `release`: what shows before Bitrix24 answers. */
function held(portal: Portal) {
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))
  const client: B24Client = {
    ...portal.client,
    call: async (...args) => gate.then(() => portal.client.call(...args)),
    batch: async (...args) => gate.then(() => portal.client.batch(...args)),
  }
  return { portal: { ...portal, client }, release: () => release() }
}

/** The app opened on `portal`, keeping its list in `store`. */
function openApp(portal: Portal, store: KeyValueStore) {
  return render(
    <App opening={startOpening({ connect: () => Promise.resolve(portal), store: () => store })} />,
  )
}

/** One opening of the app; resolves once the list Bitrix24 answered is on screen and kept. */
async function firstOpening(at: InProcessPortal, store: ReturnType<typeof memoryStore>) {
  const view = openApp(at.portal, store)
  await screen.findByRole('button', { name: 'Boris Ivanov' })
  await waitFor(() => expect(store.entries.size).toBe(1))
  view.unmount()
}

test('reopening shows the kept list before any REST answer, says it is updating, then shows Bitrix24’s list', async () => {
  const store = memoryStore()
  const at = inProcessPortal({ settings: withUserScope })
  await firstOpening(at, store)
  // Between the openings, on the portal: Boris renamed, Zoë dismissed.
  await at.portal.client.call('user.update', { ID: 2, NAME: 'Borislav' })
  await at.portal.client.call('user.update', { ID: 3, ACTIVE: 'N' })

  const reopened = held(at.portal)
  openApp(reopened.portal, store)
  expect(await screen.findByRole('button', { name: 'Boris Ivanov' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: '<b>Zoë</b> Ångström' })).toBeInTheDocument()
  expect(screen.getByText('Shown as of your last visit; updating from Bitrix24…')).toBeInTheDocument()
  // Nothing is written on the strength of the kept list: no SIP settings yet, no extension editing.
  expect(screen.getByRole('switch', { name: 'SIP phone for <b>Zoë</b> Ångström' })).toBeDisabled()
  expect(screen.queryByRole('button', { name: /Edit extension of/ })).toBeNull()

  reopened.release()
  expect(await screen.findByRole('button', { name: 'Borislav Ivanov' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Boris Ivanov' })).toBeNull()
  expect(screen.queryByRole('button', { name: '<b>Zoë</b> Ångström' })).toBeNull()
  expect(screen.queryByText(/updating from Bitrix24/)).toBeNull()
  expect(await screen.findByRole('button', { name: 'Edit extension of Borislav Ivanov' })).toBeInTheDocument()
})

test('while the kept list shows, a row switches once its SIP settings are read; bulk changes wait for the list', async () => {
  const store = memoryStore()
  const at = inProcessPortal({ employees: 60 })
  await firstOpening(at, store)
  // The list's first page and the SIP settings answer; its later pages are held, so the kept list stays.
  let releaseList: () => void = () => undefined
  const listGate = new Promise<void>((resolve) => (releaseList = resolve))
  const later = (commands: Record<string, { method: string; params?: unknown }>) =>
    Object.values(commands).some(
      (command) => command.method === 'user.get' && Number((command.params as { start?: number }).start) > 0,
    )
  const client: B24Client = {
    ...at.portal.client,
    batch: async (commands) =>
      later(commands)
        ? listGate.then(() => at.portal.client.batch(commands))
        : at.portal.client.batch(commands),
  }
  openApp({ ...at.portal, client }, store)
  const user = userEvent.setup()
  await waitFor(() =>
    expect(screen.getByRole('switch', { name: 'SIP phone for Boris Ivanov' })).toBeEnabled(),
  )
  expect(screen.getByText('Shown as of your last visit; updating from Bitrix24…')).toBeInTheDocument()
  await user.click(screen.getByRole('checkbox', { name: 'Select Boris Ivanov' }))
  const bar = screen.getByRole('region', { name: '1 selected' })
  expect(within(bar).getByRole('button', { name: 'Switch on' })).toBeDisabled()
  releaseList()
  await waitFor(() => expect(within(bar).getByRole('button', { name: 'Switch on' })).toBeEnabled())
  expect(screen.queryByText(/updating from Bitrix24/)).toBeNull()
})

test('another user on the same browser sees nothing of the first one’s list', async () => {
  const store = memoryStore()
  await firstOpening(inProcessPortal(), store)
  const other = held(inProcessPortal({ settings: { currentUserId: 2 } }).portal)
  openApp(other.portal, store)
  expect(await screen.findByText('Loading employees…')).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Anna Petrova' })).toBeNull()
  other.release()
  expect(await screen.findByRole('button', { name: 'Anna Petrova' })).toBeInTheDocument()
  // …and theirs is kept under their own name, beside the first user's.
  await waitFor(() => expect(store.entries.size).toBe(2))
})

test('the same user on another portal sees nothing of this portal’s list', async () => {
  const store = memoryStore()
  const first = inProcessPortal()
  await firstOpening(first, store)
  const name = first.portal.lastingOption(STORAGE_KEY_OPTION)
  expect(name).toMatch(/^[0-9a-f]{32}$/)
  const elsewhere = inProcessPortal()
  elsewhere.engine.setUserOption(1, STORAGE_KEY_OPTION, name ?? '')
  const other = held({
    ...elsewhere.portal,
    memberId: 'another-portal',
    domain: 'https://other.bitrix24.com',
  })
  openApp(other.portal, store)
  expect(await screen.findByText('Loading employees…')).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Anna Petrova' })).toBeNull()
})

test('a kept list Bitrix24 says belongs to someone else is dropped from the screen and from storage', async () => {
  const store = memoryStore()
  const first = inProcessPortal()
  await firstOpening(first, store)
  // User 2 somehow holds user 1's storage name: `profile` is the judge.
  const second = inProcessPortal({ settings: { currentUserId: 2 } })
  second.engine.setUserOption(2, STORAGE_KEY_OPTION, first.portal.lastingOption(STORAGE_KEY_OPTION) ?? '')
  const [key] = [...store.entries.keys()]
  const kept = store.entries.get(key ?? '') as {
    client: { clientState: { queries: Array<{ state: { data: string } }> } }
  }
  // The kept directory is JSON text (api/keep-directory.ts): one name changed in it.
  const state = kept.client.clientState.queries[0]?.state
  if (state) state.data = state.data.replace('Anna Petrova', 'Only In Storage')
  const other = held(second.portal)
  openApp(other.portal, store)
  expect(await screen.findByRole('button', { name: /Only In Storage/ })).toBeInTheDocument()
  other.release()
  await waitFor(() => expect(screen.queryByRole('button', { name: /Only In Storage/ })).toBeNull())
  await waitFor(() => expect(JSON.stringify([...store.entries.values()])).not.toContain('Only In Storage'))
  expect(await screen.findByRole('button', { name: 'Anna Petrova' })).toBeInTheDocument()
})

test('a first opening reads no storage (nothing can be kept yet); the next one does', async () => {
  const store = memoryStore()
  const reads = vi.spyOn(store, 'get')
  const at = inProcessPortal()
  expect(at.portal.lastingOption(STORAGE_KEY_OPTION)).toBeUndefined()
  await firstOpening(at, store)
  expect(reads).not.toHaveBeenCalled()
  // The storage name made then is the user's from now on: the second opening looks for their list.
  expect(at.portal.lastingOption(STORAGE_KEY_OPTION)).toMatch(/^[0-9a-f]{32}$/)
  openApp(at.portal, store)
  expect(await screen.findByRole('button', { name: 'Boris Ivanov' })).toBeInTheDocument()
  expect(reads).toHaveBeenCalledTimes(1)
})

test('without usable storage the app opens as it always did, with no error shown', async () => {
  for (const store of [brokenStore(), silentStore()]) {
    const at = inProcessPortal()
    const view = openApp(at.portal, store)
    expect(await screen.findByRole('button', { name: 'Boris Ivanov' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    view.unmount()
  }
})

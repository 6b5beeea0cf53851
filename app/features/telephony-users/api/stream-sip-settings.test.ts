import { QueryClient } from '@tanstack/react-query'
import { restErrors, type PortalCall } from '@/test/fail-when.ts'
import { inProcessPortal, type InProcessOptions } from '@/test/in-process-portal.ts'
import { directoryQuery } from './get-directory.ts'
import { sipQuery } from './get-sip-settings.ts'
import { telephonyKeys } from './query-keys.ts'

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** `count` employees; the app's batches of pages after the first answer late; what it sends, in order. */
function portalOf(count: number, options: InProcessOptions = {}) {
  const inProcess = inProcessPortal({ ...options, employees: count })
  const { client } = inProcess.portal
  const events: string[] = []
  const batch = client.batch.bind(client)
  client.batch = async (commands, batchOptions) => {
    const starts = Object.values(commands).flatMap((c) =>
      c.method === 'user.get' ? [Number(c.params?.start)] : [],
    )
    for (const command of Object.values(commands))
      if (command.method === 'voximplant.user.get')
        events.push(`sip ${(command.params?.USER_ID as number[]).length}`)
    if (starts.some((start) => start > 0)) await delay(40)
    const outcomes = await batch(commands, batchOptions)
    events.push(...starts.map((start) => `users ${start}`))
    return outcomes
  }
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return { ...inProcess, client, queryClient, events }
}

/** The screen's load: the list starts, and its SIP settings follow its roster. */
function load({ client, queryClient }: ReturnType<typeof portalOf>) {
  void queryClient.prefetchQuery(directoryQuery(client))
  return queryClient.fetchQuery(sipQuery(client))
}

const asksFor = (id: number) => (call: PortalCall) =>
  call.method === 'voximplant.user.get' &&
  Object.values(call.params.USER_ID ?? {})
    .map(Number)
    .includes(id)

test('SIP settings are asked for as each batch of employees lands, not after the last one', async () => {
  const portal = portalOf(120)
  const { queryClient, events } = portal
  const table = await load(portal)
  expect(table.byId.size).toBe(120)
  // The first page's 50 employees are asked for while the other pages are still on their way.
  expect(events.indexOf('sip 50')).toBeGreaterThan(-1)
  expect(events.indexOf('sip 50')).toBeLessThan(events.indexOf('users 100'))
  expect(queryClient.getQueryData(telephonyKeys.directory())?.employees).toHaveLength(120)
})

test('an approval still pending ends the stream with that error (the banner and "Awaiting approval")', async () => {
  const portal = portalOf(60, { approval: 'waiting' })
  await expect(load(portal)).rejects.toMatchObject({ kind: 'approval-pending' })
  expect(portal.engine.pendingConfirmations()).toHaveLength(1)
})

test('a chunk that failed marks its rows; only when nothing could be read is the error thrown', async () => {
  const some = portalOf(120)
  some.failWhen(asksFor(1), restErrors.core('Internal error'))
  const table = await load(some)
  expect(table.failed.has(1)).toBe(true)
  expect(table.failed.has(120)).toBe(false)
  expect(table.byId.has(120)).toBe(true)

  const none = portalOf(120)
  none.failWhen((call) => call.method === 'voximplant.user.get', restErrors.core('Internal error'))
  await expect(load(none)).rejects.toMatchObject({ kind: 'rest', detail: { code: 'ERROR_CORE' } })
})

test('a newer load of the list is followed: the employees it brings get their settings in the same read', async () => {
  const portal = portalOf(60)
  const { client, queryClient } = portal
  expect((await load(portal)).byId.size).toBe(60)
  for (let id = 61; id <= 70; id++)
    portal.addEmployee({ id, name: `New${id}`, lastName: 'Hire', departments: [1], phone: 'Y' })
  // Reload: both are read again, the settings before the list has even started its first batch.
  const settings = queryClient.fetchQuery({ ...sipQuery(client), staleTime: 0 })
  void queryClient.fetchQuery({ ...directoryQuery(client), staleTime: 0 })
  const table = await settings
  expect(table.byId.size).toBe(70)
  expect(table.byId.get(70)?.phone).toBe('on')
})

test('without a load of the list there is nobody to read: the stream ends empty', async () => {
  const portal = portalOf(60)
  const table = await portal.queryClient.fetchQuery(sipQuery(portal.client))
  expect(table.byId.size).toBe(0)
  expect(portal.events).toEqual([])
  expect(portal.engine.log).toEqual([])
})

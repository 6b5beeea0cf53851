import { QueryClient } from '@tanstack/react-query'
import { restErrors, type PortalCall } from '@/test/fail-when.ts'
import { inProcessPortal, type InProcessOptions } from '@/test/in-process-portal.ts'
import { directoryQuery } from './get-directory.ts'
import { sipQuery } from './get-sip-settings.ts'
import { emptySipTable } from '../model/merge-sip.ts'
import { beginRoster } from './roster.ts'
import { streamSipSettings, type ReadSip } from './stream-sip-settings.ts'
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

test("a batch that read its employees' settings itself is not asked for again: one request less each", async () => {
  const portal = portalOf(120)
  const table = await load(portal)
  expect(table.byId.size).toBe(120)
  expect(table.noPermission.size).toBe(0)
  // The first page's own read, and the later batch's, inside its request: no third.
  expect(portal.commands('voximplant.user.get')).toHaveLength(2)
  expect(portal.engine.log).toHaveLength(4)
})

test("a batch's refusal for the rights is taken as a read would get it: nobody is asked for again", async () => {
  // The caller may manage only their own phone: the later batch's employees are all refused.
  const portal = portalOf(120, { settings: { permission: 'own' } })
  const table = await load(portal)
  expect([...table.byId.keys()]).toEqual([1])
  expect(table.noPermission.size).toBe(119)
  expect(table.failed.size).toBe(0)
  // The first page's read, its ids after the caller's asked again (they may have been dropped
  // unparsed, get-sip-settings.test.ts), and the later batch's own: its refusal is not asked again.
  expect(portal.commands('voximplant.user.get')).toHaveLength(3)
})

test("a batch's answer from before an approval came (pending) is not taken: its employees are read again", async () => {
  const portal = portalOf(120, { approval: 'waiting' })
  const { client, queryClient, engine } = portal
  // The later batch runs while the approval is pending, and its answer lands only after it came.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  let ran = false
  const batch = client.batch.bind(client)
  client.batch = async (commands, options) => {
    const outcomes = await batch(commands, options)
    if (Object.values(commands).some((command) => Number(command.params?.start) > 0)) {
      ran = true
      await held
    }
    return outcomes
  }
  await expect(load(portal)).rejects.toMatchObject({ kind: 'approval-pending' })
  await vi.waitFor(() => expect(ran).toBe(true), { timeout: 3_000 })
  expect(engine.decideConfirmations('approved')).toBe(1)
  // The poll's read begins before the batch lands: the batch's answer would reach it.
  const settings = queryClient.fetchQuery({ ...sipQuery(client), staleTime: 0 })
  await delay(10)
  release()
  const table = await settings
  expect(table.byId.size).toBe(120)
  expect(table.failed.size + table.noPermission.size).toBe(0)
})

test('an approval still pending ends the stream with that error (the banner and "Awaiting approval")', async () => {
  const portal = portalOf(120, { approval: 'waiting' })
  await expect(load(portal)).rejects.toMatchObject({ kind: 'approval-pending' })
  expect(portal.engine.pendingConfirmations()).toHaveLength(1)
  // The ended read follows the list no further: the later batch's employees are not asked for on
  // their own (only inside the batch, with its pages), until a new read begins.
  await vi.waitFor(
    () => expect(portal.queryClient.getQueryData(telephonyKeys.directory())?.employees).toHaveLength(120),
    { timeout: 3_000 },
  )
  await delay(50)
  expect(portal.commands('voximplant.user.get')).toHaveLength(2)
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

test('reads that land while the screen draws come to it as one table: one redraw, not one each', async () => {
  const { client } = portalOf(1)
  const roster = beginRoster(client)
  const read: ReadSip = async (_client, ids) => {
    await Promise.resolve()
    const table = emptySipTable()
    for (const id of ids) table.noPermission.add(id)
    return { table }
  }
  for (const ids of [[1], [2], [3], [4]]) roster.add(ids)
  roster.end()
  const yielded: number[][] = []
  for await (const table of streamSipSettings(client, undefined, new AbortController().signal, read))
    yielded.push([...table.noPermission])
  // The first read is taken in as it lands; those landing while it is drawn come together.
  expect(yielded.flat()).toEqual([1, 2, 3, 4])
  expect(yielded.length).toBeLessThan(4)
})

import { QueryClient } from '@tanstack/react-query'
import type { Params } from '@/api/b24/client.ts'
import { fakePortal, page, restError } from '@/test/fake-portal.ts'
import { directoryQuery } from './get-directory.ts'
import { sipQuery } from './get-sip-settings.ts'
import { telephonyKeys } from './query-keys.ts'

const user = (id: number) => ({ ID: String(id), NAME: `N${id}`, LAST_NAME: 'L', UF_DEPARTMENT: [1] })
const sip = (id: number) => ({ ID: String(id), PHONE_ENABLED: 'Y', SIP_LOGIN: `phone${id}` })
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** `count` employees; the pages after the first answer late; `settings` answers voximplant.user.get. */
function portalOf(count: number, settings: (ids: number[]) => unknown) {
  const all = Array.from({ length: count }, (_, i) => user(i + 1))
  const events: string[] = []
  const portal = fakePortal(async (method, params: Params) => {
    if (method === 'user.get') {
      const start = Number(params.start)
      if (start > 0) await delay(40)
      events.push(`users ${start}`)
      return page(all.slice(start, start + 50), all.length)
    }
    if (method === 'voximplant.user.get') {
      const ids = params.USER_ID as number[]
      events.push(`sip ${ids.length}`)
      return settings(ids)
    }
    return page([], 0)
  })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return { client: portal.client, queryClient, events, all }
}

/** The screen's load: the list starts, and its SIP settings follow its roster. */
function load({ client, queryClient }: ReturnType<typeof portalOf>) {
  void queryClient.prefetchQuery(directoryQuery(client))
  return queryClient.fetchQuery(sipQuery(client))
}

test('SIP settings are asked for as each batch of employees lands, not after the last one', async () => {
  const portal = portalOf(120, (ids) => ids.map(sip))
  const { queryClient, events } = portal
  const table = await load(portal)
  expect(table.byId.size).toBe(120)
  // The first page's 50 employees are asked for while the other pages are still on their way.
  expect(events.indexOf('sip 50')).toBeGreaterThan(-1)
  expect(events.indexOf('sip 50')).toBeLessThan(events.indexOf('users 100'))
  expect(queryClient.getQueryData(telephonyKeys.directory())?.employees).toHaveLength(120)
})

test('an approval still pending ends the stream with that error (the banner and "Awaiting approval")', async () => {
  const portal = portalOf(60, () => {
    throw restError('METHOD_CONFIRM_WAITING', 401)
  })
  await expect(load(portal)).rejects.toMatchObject({
    kind: 'approval-pending',
  })
})

test('a chunk that failed marks its rows; only when nothing could be read is the error thrown', async () => {
  const some = portalOf(120, (ids) => {
    if (ids.includes(1)) throw restError('INTERNAL_SERVER_ERROR', 500)
    return ids.map(sip)
  })
  const table = await load(some)
  expect(table.failed.has(1)).toBe(true)
  expect(table.byId.has(120)).toBe(true)

  const none = portalOf(120, () => {
    throw restError('INTERNAL_SERVER_ERROR', 500)
  })
  await expect(load(none)).rejects.toMatchObject({
    kind: 'rest',
  })
})

test('a newer load of the list is followed: the employees it brings get their settings in the same read', async () => {
  const portal = portalOf(60, (ids) => ids.map(sip))
  const { client, queryClient, all } = portal
  expect((await load(portal)).byId.size).toBe(60)
  all.push(...Array.from({ length: 10 }, (_, i) => user(61 + i)))
  // Reload: both are read again, the settings before the list has even started its first batch.
  const settings = queryClient.fetchQuery({ ...sipQuery(client), staleTime: 0 })
  void queryClient.fetchQuery({ ...directoryQuery(client), staleTime: 0 })
  const table = await settings
  expect(table.byId.size).toBe(70)
  expect(table.byId.has(70)).toBe(true)
})

test('without a load of the list there is nobody to read: the stream ends empty', async () => {
  const portal = portalOf(60, (ids) => ids.map(sip))
  const table = await portal.queryClient.fetchQuery(sipQuery(portal.client))
  expect(table.byId.size).toBe(0)
  expect(portal.events).toEqual([])
})

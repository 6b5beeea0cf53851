import { QueryClient } from '@tanstack/react-query'
import type { Params } from '@/api/b24/client.ts'
import { fakePortal, page, restError } from '@/test/fake-portal.ts'
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
      return page(all.slice(start, start + 50), count)
    }
    if (method === 'voximplant.user.get') {
      const ids = params.USER_ID as number[]
      events.push(`sip ${ids.length}`)
      return settings(ids)
    }
    return page([], 0)
  })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return { client: portal.client, queryClient, events }
}

test('SIP settings are asked for as each batch of employees lands, not after the last one', async () => {
  const { client, queryClient, events } = portalOf(120, (ids) => ids.map(sip))
  const table = await queryClient.fetchQuery(sipQuery(client, queryClient))
  expect(table.byId.size).toBe(120)
  // The first page's 50 employees are asked for while the other pages are still on their way.
  expect(events.indexOf('sip 50')).toBeGreaterThan(-1)
  expect(events.indexOf('sip 50')).toBeLessThan(events.indexOf('users 100'))
  expect(queryClient.getQueryData(telephonyKeys.directory())?.employees).toHaveLength(120)
})

test('an approval still pending ends the stream with that error (the banner and "Awaiting approval")', async () => {
  const { client, queryClient } = portalOf(60, () => {
    throw restError('METHOD_CONFIRM_WAITING', 401)
  })
  await expect(queryClient.fetchQuery(sipQuery(client, queryClient))).rejects.toMatchObject({
    kind: 'approval-pending',
  })
})

test('a chunk that failed marks its rows; only when nothing could be read is the error thrown', async () => {
  const some = portalOf(120, (ids) => {
    if (ids.includes(1)) throw restError('INTERNAL_SERVER_ERROR', 500)
    return ids.map(sip)
  })
  const table = await some.queryClient.fetchQuery(sipQuery(some.client, some.queryClient))
  expect(table.failed.has(1)).toBe(true)
  expect(table.byId.has(120)).toBe(true)

  const none = portalOf(120, () => {
    throw restError('INTERNAL_SERVER_ERROR', 500)
  })
  await expect(none.queryClient.fetchQuery(sipQuery(none.client, none.queryClient))).rejects.toMatchObject({
    kind: 'rest',
  })
})

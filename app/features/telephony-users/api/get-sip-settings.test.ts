import type { B24Client } from '@/api/b24/client.ts'
import { restErrors, type PortalCall } from '@/test/fail-when.ts'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { IDS_PER_COMMAND, getSipSettings } from './get-sip-settings.ts'

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

/** The USER_ID lists of the app's voximplant.user.get commands, as its client sends them. */
function watchAsked(client: B24Client): number[][] {
  const asked: number[][] = []
  const batch = client.batch.bind(client)
  client.batch = (commands, options) => {
    for (const command of Object.values(commands))
      if (command.method === 'voximplant.user.get') asked.push(command.params?.USER_ID as number[])
    return batch(commands, options)
  }
  return asked
}

/** The ids a voximplant.user.get command asks for, as the portal parsed them. */
const askedIds = (call: PortalCall): number[] =>
  call.method === 'voximplant.user.get' ? Object.values(call.params.USER_ID ?? {}).map(Number) : []

test('asks for ids in chunks, never one call per user, and marks dropped ids as no permission', async () => {
  // "Own" only: Bitrix24 silently drops the others from each chunk, and a chunk left empty is ACCESS_DENIED.
  const { portal, engine } = inProcessPortal({
    employees: IDS_PER_COMMAND + 10,
    settings: { permission: 'own' },
  })
  const asked = watchAsked(portal.client)
  const ids = range(IDS_PER_COMMAND + 10)
  const table = await getSipSettings(portal.client, ids)
  expect(asked.map((chunk) => chunk.length)).toEqual([IDS_PER_COMMAND, 10])
  expect(engine.log).toHaveLength(1) // both chunks in one request
  expect(table.byId.get(1)?.phone).toBe('on')
  expect(table.noPermission.has(2)).toBe(true)
  expect(table.noPermission.has(IDS_PER_COMMAND + 10)).toBe(true)
  expect(table.failed.size).toBe(0)
  expect(table.byId.size + table.noPermission.size).toBe(ids.length)
})

test('ACCESS_DENIED for a chunk means none of its users may be managed', async () => {
  const { portal, engine } = inProcessPortal({ settings: { permission: 'none' } })
  const table = await getSipSettings(portal.client, [1, 2])
  expect(engine.log[0]?.commandErrors).toEqual({ s0: 'ACCESS_DENIED' })
  expect([...table.noPermission]).toEqual([1, 2])
  expect(table.byId.size).toBe(0)
})

test('approval pending concerns the whole screen: it is thrown', async () => {
  const { portal } = inProcessPortal({ approval: 'waiting' })
  await expect(getSipSettings(portal.client, [1])).rejects.toMatchObject({ kind: 'approval-pending' })
})

test('a chunk failing in result_error marks its users; the other chunks are used; duplicates are kept once', async () => {
  const { portal, failWhen } = inProcessPortal({ employees: IDS_PER_COMMAND * 2 })
  failWhen((call) => askedIds(call).includes(1), restErrors.core('Internal error'))
  // Employee 300 asked twice, in two chunks: the rows of both chunks meet in one table.
  const ids = [...range(IDS_PER_COMMAND * 2), 300]
  const table = await getSipSettings(portal.client, ids)
  expect(table.failed.size).toBe(IDS_PER_COMMAND)
  expect(table.failed.has(1)).toBe(true)
  expect(table.failed.has(IDS_PER_COMMAND + 1)).toBe(false)
  expect(table.byId.size).toBe(IDS_PER_COMMAND)
  expect(table.byId.get(300)).toMatchObject({ userId: 300, phone: 'off' })
  expect(table.noPermission.size).toBe(0) // a failure is not "no permission"
})

test('when every chunk fails, the error is thrown for the screen to show with a retry', async () => {
  // Every request over the portal's request limit: 503 QUERY_LIMIT_EXCEEDED.
  const { portal } = inProcessPortal({ settings: { bucket: { drainPerSecond: 0.001, limit: 0 } } })
  await expect(getSipSettings(portal.client, [1, 2])).rejects.toMatchObject({ kind: 'rate-limited' })
})

test('when every chunk fails in result_error, that error is thrown too', async () => {
  const { portal, failWhen } = inProcessPortal()
  failWhen((call) => call.method === 'voximplant.user.get', restErrors.core('Internal error'))
  await expect(getSipSettings(portal.client, [1, 2])).rejects.toMatchObject({
    kind: 'rest',
    detail: { code: 'ERROR_CORE' },
  })
})

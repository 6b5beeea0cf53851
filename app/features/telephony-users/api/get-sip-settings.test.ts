import type { Params } from '@/api/b24/client.ts'
import { fakePortal, restError } from '@/test/fake-portal.ts'
import { IDS_PER_COMMAND, getSipSettings } from './get-sip-settings.ts'

const sip = (id: number) => ({ ID: String(id), PHONE_ENABLED: 'Y', SIP_LOGIN: `phone${id}` })

test('asks for ids in chunks, never one call per user, and marks dropped ids as no permission', async () => {
  const asked: number[][] = []
  const portal = fakePortal((_method, params: Params) => {
    const ids = params.USER_ID as number[]
    asked.push(ids)
    return ids.filter((id) => id % 2 === 1).map(sip) // Bitrix24 silently drops users one may not manage
  })
  const ids = Array.from({ length: IDS_PER_COMMAND + 10 }, (_, i) => i + 1)
  const table = await getSipSettings(portal.client, ids)
  expect(asked.map((chunk) => chunk.length)).toEqual([IDS_PER_COMMAND, 10])
  expect(table.byId.get(1)?.phone).toBe('on')
  expect(table.noPermission.has(2)).toBe(true)
  expect(table.byId.size + table.noPermission.size).toBe(ids.length)
})

test('ACCESS_DENIED for a chunk means none of its users may be managed', async () => {
  const portal = fakePortal(() => {
    throw restError('ACCESS_DENIED', 403)
  })
  const table = await getSipSettings(portal.client, [1, 2])
  expect([...table.noPermission]).toEqual([1, 2])
})

test('approval pending concerns the whole screen: it is thrown', async () => {
  const portal = fakePortal(() => {
    throw restError('METHOD_CONFIRM_WAITING', 401)
  })
  await expect(getSipSettings(portal.client, [1])).rejects.toMatchObject({ kind: 'approval-pending' })
})

test('a chunk failing in result_error marks its users; the other chunks are used; duplicates are kept once', async () => {
  const portal = fakePortal((_method, params: Params) => {
    const ids = params.USER_ID as number[]
    if (ids[0] === 1) throw restError('INTERNAL_SERVER_ERROR', 500)
    return [...ids.map(sip), sip(ids[0]!)] // one row twice
  })
  const ids = Array.from({ length: IDS_PER_COMMAND * 2 }, (_, i) => i + 1)
  const table = await getSipSettings(portal.client, ids)
  expect(table.failed.size).toBe(IDS_PER_COMMAND)
  expect(table.failed.has(1)).toBe(true)
  expect(table.byId.size).toBe(IDS_PER_COMMAND)
  expect(table.noPermission.size).toBe(0) // a failure is not "no permission"
})

test('when every chunk fails, the error is thrown for the screen to show with a retry', async () => {
  const portal = fakePortal(() => {
    throw restError('QUERY_LIMIT_EXCEEDED', 503)
  })
  await expect(getSipSettings(portal.client, [1, 2])).rejects.toMatchObject({ kind: 'rate-limited' })
})

import type { Params } from '@/api/b24/client.ts'
import { fakePortal, restError } from '@/test/fake-portal.ts'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { IDS_PER_COMMAND, SAFE_IDS_PER_COMMAND, getSipSettings } from './get-sip-settings.ts'

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
  // Each command's even last id may be a tail a low max_input_vars dropped: it is asked again, alone.
  expect(asked.map((chunk) => chunk.length)).toEqual([IDS_PER_COMMAND, 10, 2])
  expect(asked[2]).toEqual([IDS_PER_COMMAND, IDS_PER_COMMAND + 10])
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

describe('a portal whose max_input_vars is below a command of ids (PHP drops the tail unparsed)', () => {
  test('the unparsed ids are asked again in small commands, none shown as "No permission"', async () => {
    // The in-process portal seeds three employees; a limit of 2 drops the third id of one command.
    const { portal, commands } = inProcessPortal({ settings: { maxInputVars: 2 } })
    const table = await getSipSettings(portal.client, [1, 2, 3])
    expect([...table.byId.keys()].sort()).toEqual([1, 2, 3])
    expect(table.noPermission.size).toBe(0)
    expect(commands('voximplant.user.get')).toHaveLength(2)
    expect(SAFE_IDS_PER_COMMAND).toBeLessThan(1000) // PHP's default max_input_vars
  })

  test('ids asked again and still missing are "No permission"; an id before an answered one is not in doubt', async () => {
    const { portal, commands } = inProcessPortal({ settings: { maxInputVars: 2, permission: 'own' } })
    // Anna (1) may manage only herself: 2 and 3 are dropped by rights, and 3 by the limit too.
    const table = await getSipSettings(portal.client, [2, 1, 3])
    expect([...table.byId.keys()]).toEqual([1])
    expect([...table.noPermission].sort()).toEqual([2, 3])
    // 3 came after the last id answered (1), so it was asked again; 2, before it, was parsed for sure.
    expect(commands('voximplant.user.get')).toHaveLength(2)
  })
})

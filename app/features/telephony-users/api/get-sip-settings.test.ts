import type { B24Client } from '@/api/b24/client.ts'
import { restErrors, type PortalCall } from '@/test/fail-when.ts'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { IDS_PER_COMMAND, SAFE_IDS_PER_COMMAND, getSipSettings } from './get-sip-settings.ts'

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
  // Both chunks in the first request; the ids after the last one answered may be a tail a low
  // max_input_vars dropped, so they are asked again in small commands before any is "No permission".
  expect(asked.slice(0, 2).map((chunk) => chunk.length)).toEqual([IDS_PER_COMMAND, 10])
  expect(engine.log[0]?.commands).toEqual(['voximplant.user.get', 'voximplant.user.get'])
  expect(asked.slice(2).every((chunk) => chunk.length <= SAFE_IDS_PER_COMMAND)).toBe(true)
  expect(asked.slice(2).flat()).toContain(IDS_PER_COMMAND)
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
  // One employee of the second chunk asked again in a third: the rows of both meet in one table.
  const twice = IDS_PER_COMMAND + 50
  const ids = [...range(IDS_PER_COMMAND * 2), twice]
  const table = await getSipSettings(portal.client, ids)
  expect(table.failed.size).toBe(IDS_PER_COMMAND)
  expect(table.failed.has(1)).toBe(true)
  expect(table.failed.has(IDS_PER_COMMAND + 1)).toBe(false)
  expect(table.byId.size).toBe(IDS_PER_COMMAND)
  expect(table.byId.get(twice)).toMatchObject({ userId: twice })
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

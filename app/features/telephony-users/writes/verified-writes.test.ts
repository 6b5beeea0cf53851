import type { Params } from '@/api/b24/client.ts'
import { fakePortal, restError } from '@/test/fake-portal.ts'
import { phoneWrites } from './phone-writes.ts'
import { checkAgain, runWrites, verifyWrites, withStatus, type RunOptions } from './verified-writes.ts'

/** A portal holding phone states; `fail` decides per call whether a command fails. */
function phones(
  initial: Record<number, 'Y' | 'N'>,
  options: { fail?: (id: number) => string | null; broken?: boolean } = {},
) {
  const state = { ...initial }
  let batches = 0
  const portal = fakePortal((method: string, params: Params) => {
    if (method === 'voximplant.user.get') {
      return (params.USER_ID as number[]).map((id) => ({ ID: String(id), PHONE_ENABLED: state[id] ?? null }))
    }
    const id = Number(params.USER_ID)
    const code = options.fail?.(id)
    if (code) throw restError(code, 400)
    state[id] =
      method.endsWith('activatePhone') && !method.endsWith('deactivatePhone')
        ? 'Y'
        : options.broken
          ? 'Y'
          : 'N'
    return 1
  })
  const batch = portal.client.batch.bind(portal.client)
  portal.client.batch = (commands, options) => {
    batches += 1
    return batch(commands, options)
  }
  return { client: portal.client, state, batches: () => batches }
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

/** The phone writes for `userIds`, all on or all off. */
const runBulk = (
  client: ReturnType<typeof phones>['client'],
  userIds: number[],
  on: boolean,
  options?: RunOptions,
) =>
  runWrites(
    client,
    phoneWrites,
    userIds.map((userId) => ({ userId, on })),
    options,
  )

test('120 phones on: 50 commands a request, progress after each, then one read-back', async () => {
  const { client, state, batches } = phones(Object.fromEntries(ids(120).map((id) => [id, 'N'])))
  const progress: number[] = []
  const { results } = await runBulk(client, ids(120), true, { onProgress: (p) => progress.push(p.sent) })
  expect(progress).toEqual([50, 100, 120])
  expect(batches()).toBe(4) // three of writes, one read-back (250 ids a command)
  expect([...results.values()].every((r) => r.status === 'done')).toBe(true)
  expect(Object.values(state).every((value) => value === 'Y')).toBe(true)
})

test('a failed command is listed with its reason; the others are done', async () => {
  const { client } = phones({ 1: 'N', 2: 'N', 3: 'N' }, { fail: (id) => (id === 2 ? 'ACCESS_DENIED' : null) })
  const { results } = await runBulk(client, [1, 2, 3], true)
  expect(results.get(1)).toEqual({ status: 'done' })
  expect(results.get(2)).toMatchObject({ status: 'failed', error: { kind: 'access-denied' } })
  expect(results.get(3)).toEqual({ status: 'done' })
})

test('"off" answered with success but still on is reported unchanged, not done', async () => {
  const { client } = phones({ 1: 'Y' }, { broken: true })
  const { results, read } = await runBulk(client, [1], false)
  expect(results.get(1)).toEqual({ status: 'unchanged' })
  expect(read?.byId.get(1)?.phone).toBe('on')
})

test('a request that failed as a whole but was carried out counts as done after the read-back', async () => {
  const { client, state } = phones({ 1: 'N', 2: 'N' })
  const batch = client.batch.bind(client)
  client.batch = async (commands) => {
    if (Object.keys(commands)[0]?.startsWith('w')) {
      await batch(commands) // the portal did the work…
      throw restError('NETWORK_ERROR', 0) // …but the answer was lost
    }
    return batch(commands)
  }
  const { results } = await runBulk(client, [1, 2], true)
  expect(state).toEqual({ 1: 'Y', 2: 'Y' })
  expect(results.get(1)).toEqual({ status: 'done' })
})

test('cancel stops before the next request; what was not sent is marked skipped', async () => {
  const { client } = phones(Object.fromEntries(ids(120).map((id) => [id, 'N'])))
  const controller = new AbortController()
  const { results } = await runBulk(client, ids(120), true, {
    signal: controller.signal,
    onProgress: () => controller.abort(),
  })
  const statuses = [...results.values()].map((r) => r.status)
  expect(statuses.filter((s) => s === 'done')).toHaveLength(50)
  expect(statuses.filter((s) => s === 'skipped')).toHaveLength(70)
})

/** Makes the read-back (voximplant.user.get) fail as a whole `times` times, then answer. */
function failingReads(client: ReturnType<typeof phones>['client'], times: number, code = 'NETWORK_ERROR') {
  const batch = client.batch.bind(client)
  let failures = 0
  client.batch = async (commands, options) => {
    if (Object.keys(commands)[0]?.startsWith('s') && failures < times) {
      failures += 1
      throw restError(code, 0)
    }
    return batch(commands, options)
  }
  return () => failures
}

const noWait = async () => undefined

test('a read-back that fails is tried again; the employees then settle as what Bitrix24 holds', async () => {
  const { client } = phones({ 1: 'N', 2: 'N' })
  const failures = failingReads(client, 2)
  const waits: number[] = []
  const { results, read } = await runBulk(client, [1, 2], true, {
    wait: async (ms) => void waits.push(ms),
  })
  expect(failures()).toBe(2)
  expect(waits).toEqual([2000, 4000])
  expect([...results.values()]).toEqual([{ status: 'done' }, { status: 'done' }])
  expect(read?.byId.get(2)?.phone).toBe('on')
})

test('when nothing can be read back, sent employees are "not verified", not failed; refused ones stay failed', async () => {
  const { client, state } = phones({ 1: 'N', 2: 'N' }, { fail: (id) => (id === 2 ? 'ACCESS_DENIED' : null) })
  failingReads(client, 99)
  const { results, read } = await runBulk(client, [1, 2], true, { wait: noWait })
  expect(state[1]).toBe('Y') // it did happen…
  expect(results.get(1)).toMatchObject({ status: 'unverified', error: { kind: 'unverified' } }) // …but nobody could see it
  expect(results.get(2)).toMatchObject({ status: 'failed', error: { kind: 'access-denied' } })
  expect(read).toBeUndefined()
})

test('a lost write request that cannot be read back keeps its own reason', async () => {
  const { client } = phones({ 1: 'N' })
  const batch = client.batch.bind(client)
  client.batch = async (commands, options) => {
    const first = Object.keys(commands)[0] ?? ''
    if (first.startsWith('w') || first.startsWith('s')) throw restError('REQUEST_TIMEOUT', 408)
    return batch(commands, options)
  }
  const { results } = await runBulk(client, [1], true, { wait: noWait })
  expect(results.get(1)).toMatchObject({ status: 'unverified', error: { kind: 'network' } })
})

test('an approval wait on the read-back is not retried: the employees stay unverified', async () => {
  const { client } = phones({ 1: 'N' })
  const failures = failingReads(client, 99, 'METHOD_CONFIRM_WAITING')
  const { results } = await runBulk(client, [1], true, { wait: noWait })
  expect(failures()).toBe(1)
  expect(results.get(1)?.status).toBe('unverified')
})

test('checking again settles unverified employees, with a lost request as the reason for a wrong state', async () => {
  const { client, state } = phones({ 1: 'Y', 2: 'N', 3: 'N' })
  state[3] = 'Y'
  const lost = new Map([[2, restError('REQUEST_TIMEOUT', 408)]])
  const { results } = await verifyWrites(
    client,
    phoneWrites,
    [1, 2, 3].map((userId) => ({ userId, on: true })),
    { refused: new Map(), lost },
    noWait,
  )
  expect(results.get(1)).toEqual({ status: 'done' })
  expect(results.get(2)).toMatchObject({ status: 'failed', error: { kind: 'network' } })
  expect(results.get(3)).toEqual({ status: 'done' })
})

test('a command whose re-sent request was lost is unknown, not refused: "not verified" when unread', async () => {
  const { client } = phones({ 1: 'N', 2: 'N' })
  failingReads(client, 99)
  const batch = client.batch.bind(client)
  client.batch = async (commands, options) => {
    const outcomes = await batch(commands, options)
    if (outcomes.w2) outcomes.w2 = { ok: false, error: restError('NETWORK_ERROR', 0), unsure: true }
    return outcomes
  }
  const { results } = await runBulk(client, [1, 2], true, { wait: noWait })
  expect(results.get(2)).toMatchObject({ status: 'unverified', error: { kind: 'network' } })
})

test('an employee Bitrix24 no longer shows to this user is failed, not unverified', async () => {
  const { client } = phones({ 1: 'N' })
  const batch = client.batch.bind(client)
  client.batch = async (commands, options) => {
    const outcomes = await batch(commands, options)
    // voximplant.user.get silently drops ids the caller may not manage (docs/bitrix24.md).
    if (outcomes.s0?.ok) outcomes.s0 = { ...outcomes.s0, result: [] }
    return outcomes
  }
  const { results, read } = await runBulk(client, [1], true)
  expect(read?.noPermission.has(1)).toBe(true)
  expect(results.get(1)).toMatchObject({ status: 'failed', error: { kind: 'unverified' } })
})

test('"Check again" reads only the unverified employees and settles them', async () => {
  const { client, state, batches } = phones({ 1: 'Y', 2: 'N' })
  const writes = [1, 2].map((userId) => ({ userId, on: true }))
  const earlier = new Map([
    [1, { status: 'unverified' as const, error: restError('REQUEST_TIMEOUT', 408) }],
    [2, { status: 'failed' as const, error: restError('ACCESS_DENIED', 403) }],
  ])
  state[2] = 'Y' // changed since, but a failed result is not what Check again is for
  const { results, read } = await checkAgain(client, phoneWrites, writes, earlier, noWait)
  expect(batches()).toBe(1)
  expect([...results]).toEqual([[1, { status: 'done' }]])
  expect([...(read?.byId.keys() ?? [])]).toEqual([1])
})

test('retrying the failed ones sends just those again', async () => {
  let refuse = true
  const { client, state } = phones(
    { 1: 'N', 2: 'N', 3: 'N' },
    { fail: (id) => (id === 2 && refuse ? 'INTERNAL_SERVER_ERROR' : null) },
  )
  const writes = [1, 2, 3].map((userId) => ({ userId, on: true }))
  const first = await runWrites(client, phoneWrites, writes, { wait: noWait })
  const failed = withStatus(phoneWrites, writes, first.results, 'failed')
  expect(failed).toEqual([{ userId: 2, on: true }])
  refuse = false
  state[1] = 'N' // were the others sent again, this would turn back on
  const sent: string[] = []
  const batch = client.batch.bind(client)
  client.batch = async (commands, options) => {
    sent.push(...Object.keys(commands))
    return batch(commands, options)
  }
  const second = await runWrites(client, phoneWrites, failed, { wait: noWait })
  expect(sent).toEqual(['w2', 's0'])
  expect([...second.results]).toEqual([[2, { status: 'done' }]])
  expect(state).toEqual({ 1: 'N', 2: 'Y', 3: 'Y' })
})

import type { ClientClock } from '@/api/b24/client.ts'
import { fromRestError } from '@/api/b24/errors.ts'
import { restErrors, type PortalCall } from '@/test/fail-when.ts'
import { inProcessPortal, type InProcessOptions } from '@/test/in-process-portal.ts'
import { phoneWrites } from './phone-writes.ts'
import { checkAgain, runWrites, verifyWrites, withStatus, type RunOptions } from './verified-writes.ts'

const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

/** The phone writes for `userIds`, all on or all off. */
const runBulk = (
  portal: ReturnType<typeof inProcessPortal>['portal'],
  userIds: number[],
  on: boolean,
  options?: RunOptions,
) =>
  runWrites(
    portal.client,
    phoneWrites,
    userIds.map((userId) => ({ userId, on })),
    options,
  )

const isRead = (call: PortalCall) => call.method === 'voximplant.user.get'
const isActivation = (userId: number) => (call: PortalCall) =>
  call.method === 'voximplant.user.activatePhone' && Number(call.params.USER_ID) === userId

/** Makes the read-back (voximplant.user.get) fail as a whole (a dropped connection) `times` times, then answer. */
function failingReads(inProcess: ReturnType<typeof inProcessPortal>, times: number) {
  let failures = 0
  inProcess.failWhen((call) => isRead(call) && failures < times && ++failures > 0, {
    kind: 'drop',
    when: 'before',
  })
  return () => failures
}

const noWait = async () => undefined
const on = (options: InProcessOptions = {}) => inProcessPortal(options)

test('120 phones on: 50 commands a request, progress after each, then one read-back', async () => {
  const { portal, engine, phone } = on({ employees: 120 })
  const progress: number[] = []
  const { results } = await runBulk(portal, ids(120), true, { onProgress: (p) => progress.push(p.sent) })
  expect(progress).toEqual([50, 100, 120])
  // three of writes, one read-back (250 ids a command)
  expect(engine.log.map((entry) => entry.commands?.length)).toEqual([50, 50, 20, 1])
  expect([...results.values()].every((r) => r.status === 'done')).toBe(true)
  expect(ids(120).every((id) => phone(id) === 'Y')).toBe(true)
})

test('a failed command is listed with its reason; the others are done', async () => {
  // Only the caller's own settings may be changed: Boris's is refused, Anna's is done.
  const { portal, phone } = on({ settings: { permission: 'own' } })
  const { results } = await runBulk(portal, [1, 2], true)
  expect(results.get(1)).toEqual({ status: 'done' })
  expect(results.get(2)).toMatchObject({
    status: 'failed',
    error: { detail: { description: "You are not allowed to modify user's settings" } },
  })
  expect(phone(2)).toBe('N')
})

test('"off" answered with success but still on is reported unchanged, not done', async () => {
  const { portal } = on({ settings: { deactivateMode: 'broken' } })
  const { results, read } = await runBulk(portal, [1], false)
  expect(results.get(1)).toEqual({ status: 'unchanged' })
  expect(read?.byId.get(1)?.phone).toBe('on')
})

test('a request that failed as a whole but was carried out counts as done after the read-back', async () => {
  // The portal does the work and the connection drops before the answer.
  const { portal, phone, engine } = on({
    settings: { faults: { rate: 1, kinds: ['drop'], when: 'after', scope: 'writes' } },
  })
  const { results } = await runBulk(portal, [2, 3], true)
  expect(engine.log.map((entry) => entry.fault)).toEqual(['drop', undefined])
  expect([phone(2), phone(3)]).toEqual(['Y', 'Y'])
  expect(results.get(2)).toEqual({ status: 'done' })
  expect(results.get(3)).toEqual({ status: 'done' })
})

test('cancel stops before the next request; what was not sent is marked skipped', async () => {
  const { portal, phone } = on({ employees: 120 })
  const controller = new AbortController()
  const { results } = await runBulk(portal, ids(120), true, {
    signal: controller.signal,
    onProgress: () => controller.abort(),
  })
  const statuses = [...results.values()].map((r) => r.status)
  expect(statuses.filter((s) => s === 'done')).toHaveLength(50)
  expect(statuses.filter((s) => s === 'skipped')).toHaveLength(70)
  expect(phone(51)).toBe('N')
})

test('a read-back that fails is tried again; the employees then settle as what Bitrix24 holds', async () => {
  const inProcess = on()
  const failures = failingReads(inProcess, 2)
  const waits: number[] = []
  const { results, read } = await runBulk(inProcess.portal, [2, 3], true, {
    wait: async (ms) => void waits.push(ms),
  })
  expect(failures()).toBe(2)
  expect(waits).toEqual([2000, 4000])
  expect([...results.values()]).toEqual([{ status: 'done' }, { status: 'done' }])
  expect(read?.byId.get(3)?.phone).toBe('on')
})

test('when nothing can be read back, sent employees are "not verified", not failed; refused ones stay failed', async () => {
  const inProcess = on({ settings: { permission: 'own' } })
  failingReads(inProcess, 99)
  inProcess.engine.setPhoneEnabled(1, 'N')
  const { results, read } = await runBulk(inProcess.portal, [1, 2], true, { wait: noWait })
  expect(inProcess.phone(1)).toBe('Y') // it did happen…
  expect(results.get(1)).toMatchObject({ status: 'unverified', error: { kind: 'unverified' } }) // …but nobody could see it
  expect(results.get(2)).toMatchObject({ status: 'failed', error: { kind: 'rest' } })
  expect(read).toBeUndefined()
})

test('a lost write request that cannot be read back keeps its own reason', async () => {
  const inProcess = on()
  inProcess.failWhen(() => true, { kind: 'timeout', when: 'before' })
  const { results } = await runBulk(inProcess.portal, [2], true, { wait: noWait })
  expect(results.get(2)).toMatchObject({ status: 'unverified', error: { kind: 'network' } })
  expect(inProcess.phone(2)).toBe('N')
})

test('an approval wait on the read-back is not retried: the employees stay unverified', async () => {
  const { portal, commands, engine } = on({ approval: 'waiting' })
  const { results } = await runBulk(portal, [2], true, { wait: noWait })
  expect(commands('voximplant.user.get')).toHaveLength(1)
  expect(engine.log.at(-1)?.commandErrors).toEqual({ s0: 'METHOD_CONFIRM_WAITING' })
  expect(results.get(2)?.status).toBe('unverified')
})

test('checking again settles unverified employees, with a lost request as the reason for a wrong state', async () => {
  const { portal, engine } = on()
  engine.setPhoneEnabled(3, 'Y')
  const lost = new Map([[2, fromRestError('NETWORK_ERROR', 'lost', 0)]])
  const { results } = await verifyWrites(
    portal.client,
    phoneWrites,
    [1, 2, 3].map((userId) => ({ userId, on: true })),
    { refused: new Map(), lost },
    noWait,
  )
  expect(results.get(1)).toEqual({ status: 'done' })
  expect(results.get(2)).toMatchObject({ status: 'failed', error: lost.get(2) })
  expect(results.get(3)).toEqual({ status: 'done' })
})

test('a command whose re-sent request was lost is unknown, not refused: "not verified" when unread', async () => {
  const clock: ClientClock = { now: () => Date.now(), sleep: noWait, announce: () => undefined }
  const inProcess = on({ clock })
  failingReads(inProcess, 99)
  let attempts = 0
  // Bitrix24 refuses the command for its method's operating time; the request sending it again is lost.
  inProcess.failWhen((call) => isActivation(2)(call) && attempts++ === 0, restErrors.operationTimeLimit())
  inProcess.failWhen(isActivation(2), { kind: 'drop', when: 'before' })
  const { results } = await runBulk(inProcess.portal, [3, 2], true, { wait: noWait })
  expect(attempts).toBe(2)
  expect(results.get(2)).toMatchObject({ status: 'unverified', error: { kind: 'network' } })
  expect(results.get(3)).toMatchObject({ status: 'unverified', error: { kind: 'unverified' } })
})

test('an employee Bitrix24 no longer shows to this user is failed, not unverified', async () => {
  const inProcess: ReturnType<typeof inProcessPortal> = on({
    // Between the write and the read-back an administrator narrows the caller's permission to "own".
    onRequest: (methods) => {
      if (methods.includes('voximplant.user.get')) inProcess.engine.updateSettings({ permission: 'own' })
    },
  })
  const { results, read } = await runBulk(inProcess.portal, [1, 2], true)
  expect(inProcess.phone(2)).toBe('Y')
  expect(read?.noPermission.has(2)).toBe(true)
  expect(results.get(1)).toEqual({ status: 'done' })
  expect(results.get(2)).toMatchObject({ status: 'failed', error: { kind: 'unverified' } })
})

test('"Check again" reads only the unverified employees and settles them', async () => {
  const { portal, engine } = on()
  const writes = [1, 2].map((userId) => ({ userId, on: true }))
  const earlier = new Map([
    [1, { status: 'unverified' as const, error: fromRestError('NETWORK_ERROR', 'lost', 0) }],
    [2, { status: 'failed' as const, error: fromRestError('ACCESS_DENIED', 'Access denied!', 403) }],
  ])
  engine.setPhoneEnabled(2, 'Y') // changed since, but a failed result is not what Check again is for
  const { results, read } = await checkAgain(portal.client, phoneWrites, writes, earlier, noWait)
  expect(engine.log).toHaveLength(1)
  expect([...results]).toEqual([[1, { status: 'done' }]])
  expect([...(read?.byId.keys() ?? [])]).toEqual([1])
})

test('retrying the failed ones sends just those again', async () => {
  const { portal, engine, phone, failWhen } = on()
  const lift = failWhen(isActivation(2), restErrors.core('Internal error'))
  const writes = [1, 2, 3].map((userId) => ({ userId, on: true }))
  const first = await runWrites(portal.client, phoneWrites, writes, { wait: noWait })
  const failed = withStatus(phoneWrites, writes, first.results, 'failed')
  expect(failed).toEqual([{ userId: 2, on: true }])
  lift()
  engine.setPhoneEnabled(1, 'N') // were the others sent again, this would turn back on
  const sent: string[] = []
  const batch = portal.client.batch.bind(portal.client)
  portal.client.batch = async (commands, options) => {
    sent.push(...Object.keys(commands))
    return batch(commands, options)
  }
  const second = await runWrites(portal.client, phoneWrites, failed, { wait: noWait })
  expect(sent).toEqual(['w2', 's0'])
  expect([...second.results]).toEqual([[2, { status: 'done' }]])
  expect([phone(1), phone(2), phone(3)]).toEqual(['N', 'Y', 'Y'])
})

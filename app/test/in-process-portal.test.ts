import { restErrors } from './fail-when.ts'
import { inProcessPortal } from './in-process-portal.ts'

test('answers user.get through the SDK with the small portal and its total', async () => {
  const { portal } = inProcessPortal()
  const outcome = await portal.client.call('user.get', { FILTER: { ACTIVE: true }, select: ['ID', 'NAME'] })
  expect(outcome.total).toBe(3)
  expect(outcome.result).toEqual([
    expect.objectContaining({ ID: '1', NAME: 'Anna' }),
    expect.objectContaining({ ID: '2', NAME: 'Boris' }),
    expect.objectContaining({ ID: '3', NAME: '<b>Zoë</b>' }),
  ])
})

test('an error answer reaches the app as the AppError Bitrix24’s answer maps to', async () => {
  const { portal, engine } = inProcessPortal({ approval: 'waiting' })
  await expect(portal.client.call('voximplant.user.get', { USER_ID: [1] })).rejects.toMatchObject({
    kind: 'approval-pending',
  })
  expect(engine.pendingConfirmations()).toHaveLength(1)
  engine.decideConfirmations('denied')
  await expect(portal.client.call('voximplant.user.get', { USER_ID: [1] })).rejects.toMatchObject({
    kind: 'approval-denied',
  })
})

test('a batch is one request; each command keeps its own answer or error', async () => {
  const { portal, commands } = inProcessPortal({ settings: { permission: 'own' } })
  const outcomes = await portal.client.batch({
    sip: { method: 'voximplant.user.get', params: { USER_ID: [1, 2] } },
    other: { method: 'voximplant.user.activatePhone', params: { USER_ID: 2 } },
    lines: { method: 'voximplant.line.get' },
  })
  // Boris is not the caller's to manage: dropped silently from the read, refused for the write.
  expect(outcomes.sip).toMatchObject({ ok: true, result: [expect.objectContaining({ ID: '1' })] })
  expect((outcomes.sip as { result: unknown[] }).result).toHaveLength(1)
  expect(outcomes.other).toMatchObject({ ok: false })
  expect(outcomes.lines).toMatchObject({ ok: true, result: { reg1: 'Office PBX' } })
  expect(commands()).toEqual(['voximplant.user.get', 'voximplant.user.activatePhone', 'voximplant.line.get'])
})

test('writes change the engine’s data, with Bitrix24’s quirks', async () => {
  const { portal, phone } = inProcessPortal()
  await portal.client.call('voximplant.user.activatePhone', { USER_ID: 3 })
  expect(phone(3)).toBe('Y')
  // deactivatePhone as Bitrix24 does it today: success, and the phone stays on.
  await expect(portal.client.call('voximplant.user.deactivatePhone', { USER_ID: 3 })).resolves.toMatchObject({
    result: 1,
  })
  expect(phone(3)).toBe('Y')
})

test('faults of the engine’s settings reach the app as the network failures they stand for', async () => {
  const { portal, engine, phone } = inProcessPortal()
  engine.updateSettings({ faults: { rate: 1, kinds: ['drop'], when: 'after', scope: 'writes' } })
  await expect(portal.client.call('voximplant.user.activatePhone', { USER_ID: 2 })).rejects.toMatchObject({
    kind: 'network',
  })
  expect(phone(2)).toBe('Y') // done, though the answer was lost
  engine.updateSettings({ faults: { kinds: ['error500'] } })
  await expect(portal.client.call('voximplant.user.activatePhone', { USER_ID: 2 })).rejects.toMatchObject({
    kind: 'rest',
    detail: { code: 'INTERNAL_SERVER_ERROR', status: 500 },
  })
})

test('an expired token is refreshed by the SDK and counts as a new session', async () => {
  const { portal, expireToken } = inProcessPortal()
  const first = portal.client.session()
  expireToken()
  await expect(portal.client.call('user.admin')).resolves.toMatchObject({ result: true })
  expect(portal.client.session()).toBe(first + 1)
})

test('failWhen: one command of a batch gets the engine’s error answer and never runs; the others do', async () => {
  const { portal, phone, failWhen } = inProcessPortal()
  const lift = failWhen(
    (call) => call.method === 'voximplant.user.activatePhone' && call.params.USER_ID === '2',
    restErrors.core('Internal error'),
  )
  const outcomes = await portal.client.batch({
    a: { method: 'voximplant.user.activatePhone', params: { USER_ID: 2 } },
    b: { method: 'voximplant.user.activatePhone', params: { USER_ID: 3 } },
  })
  expect(outcomes.a).toMatchObject({ ok: false, error: { detail: { code: 'ERROR_CORE' } } })
  expect(outcomes.b).toMatchObject({ ok: true, result: 1 })
  expect([phone(2), phone(3)]).toEqual(['N', 'Y'])
  lift()
  await portal.client.call('voximplant.user.activatePhone', { USER_ID: 2 })
  expect(phone(2)).toBe('Y')
})

test('failWhen: a plain call gets the error answer; a fault fails the whole request as the faults setting does', async () => {
  const { portal, engine, phone, failWhen } = inProcessPortal()
  failWhen((call) => call.method === 'voximplant.line.get', restErrors.accessDenied())
  await expect(portal.client.call('voximplant.line.get')).rejects.toMatchObject({ kind: 'access-denied' })
  failWhen((call) => call.params.USER_ID === '2', { kind: 'drop', when: 'after' })
  await expect(
    portal.client.batch({
      a: { method: 'voximplant.user.activatePhone', params: { USER_ID: 3 } },
      b: { method: 'voximplant.user.activatePhone', params: { USER_ID: 2 } },
    }),
  ).rejects.toMatchObject({ kind: 'network' })
  expect([phone(2), phone(3)]).toEqual(['Y', 'Y']) // done, though the answer was lost
  expect(engine.log.at(-1)?.fault).toBe('drop')
})

test('employees: a large portal keeps the small one and adds employees 4…n in ID order', async () => {
  const { portal } = inProcessPortal({ employees: 120 })
  const outcome = await portal.client.call('user.get', { FILTER: { ACTIVE: true }, start: 100 })
  expect(outcome.total).toBe(120)
  expect((outcome.result as Array<{ ID: string }>).map((row) => Number(row.ID))).toEqual(
    Array.from({ length: 20 }, (_, i) => 101 + i),
  )
})

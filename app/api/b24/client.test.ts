import { AjaxError, AjaxResult, Result } from '@bitrix24/b24jssdk'
import { createB24Client } from './client.ts'

const time = { start: 0, finish: 0, duration: 0, processing: 0, date_start: '', date_finish: '' }
const query = { method: 'm', params: {}, requestId: 'r' }
const answer = (payload: Record<string, unknown>) =>
  new AjaxResult({ answer: { time, ...payload } as never, query, status: 200 })

function fakeFrame(call: () => Promise<unknown>, batch: () => Promise<unknown> = call) {
  return { actions: { v2: { call: { make: call }, batch: { make: batch } } } } as never
}

test('call returns the result and a positive total', async () => {
  const client = createB24Client(
    fakeFrame(async () => answer({ result: [{ ID: '1' }], total: 120, next: 50 })),
  )
  await expect(client.call('user.get')).resolves.toEqual({ result: [{ ID: '1' }], total: 120 })
})

test('a thrown AjaxError becomes an AppError', async () => {
  const client = createB24Client(
    fakeFrame(async () => {
      throw new AjaxError({
        code: 'METHOD_CONFIRM_WAITING',
        status: 401,
        description: 'Waiting for confirmation',
      })
    }),
  )
  await expect(client.call('voximplant.user.get')).rejects.toMatchObject({ kind: 'approval-pending' })
})

test('a soft error (isSuccess false) is thrown as the same AppError', async () => {
  const soft = answer({ error: 'ERROR_ENTITY_NOT_FOUND', error_description: 'Not found' })
  const client = createB24Client(fakeFrame(async () => soft))
  await expect(client.call('x')).rejects.toMatchObject({
    kind: 'rest',
    detail: { code: 'ERROR_ENTITY_NOT_FOUND' },
  })
})

test('batch maps each command: good results are kept, result_error entries become typed errors', async () => {
  const data = {
    users: answer({ result: [{ ID: '1' }], total: 2 }),
    sip: answer({ error: 'METHOD_CONFIRM_WAITING', error_description: 'Waiting for confirmation' }),
  }
  const client = createB24Client(fakeFrame(async () => new Result().setData(data)))
  const outcomes = await client.batch({
    users: { method: 'user.get' },
    sip: { method: 'voximplant.user.get' },
  })
  expect(outcomes.users).toEqual({ ok: true, result: [{ ID: '1' }], total: 2 })
  expect(outcomes.sip).toMatchObject({ ok: false, error: { kind: 'approval-pending' } })
})

test('batch refuses more than 50 commands before sending anything', async () => {
  const send = vi.fn()
  const client = createB24Client(fakeFrame(send))
  const commands = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`c${i}`, { method: 'user.get' }]))
  await expect(client.batch(commands)).rejects.toMatchObject({
    detail: { code: 'ERROR_BATCH_LENGTH_EXCEEDED' },
  })
  expect(send).not.toHaveBeenCalled()
})

test('a command missing from the answer is an error, never silently dropped', async () => {
  const client = createB24Client(fakeFrame(async () => new Result().setData({})))
  const outcomes = await client.batch({ a: { method: 'user.get' } })
  expect(outcomes.a).toMatchObject({ ok: false, error: { kind: 'invalid-answer' } })
})

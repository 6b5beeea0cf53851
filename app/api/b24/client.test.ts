import { AjaxError, AjaxResult, Result } from '@bitrix24/b24jssdk'
import { createB24Client } from './client.ts'

const time = { start: 0, finish: 0, duration: 0, processing: 0, date_start: '', date_finish: '' }
const query = { method: 'm', params: {}, requestId: 'r' }
const answer = (payload: Record<string, unknown>) =>
  new AjaxResult({ answer: { time, ...payload } as never, query, status: 200 })

function fakeFrame(call: (arg: never) => Promise<unknown>, batch: (arg: never) => Promise<unknown> = call) {
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

test('a command Bitrix24 failed with an empty code is a failure with its description, not a success', async () => {
  const data = {
    ok: answer({ result: 1 }),
    refused: answer({ error: '', error_description: "You are not allowed to modify user's settings" }),
  }
  const client = createB24Client(fakeFrame(async () => new Result().setData(data)))
  const outcomes = await client.batch({
    ok: { method: 'voximplant.user.activatePhone' },
    refused: { method: 'voximplant.user.activatePhone' },
  })
  expect(outcomes.ok).toEqual({ ok: true, result: 1, total: undefined })
  expect(outcomes.refused).toMatchObject({
    ok: false,
    error: {
      kind: 'rest',
      detail: { code: '', description: "You are not allowed to modify user's settings" },
    },
  })
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

describe('commands refused for Bitrix24 limits inside a batch', () => {
  const limited = () =>
    answer({
      error: 'OPERATION_TIME_LIMIT',
      error_description: 'Method is blocked due to operation time limit.',
    })
  const done = (resetAt = 1_000) => answer({ result: true, time: { ...time, operating_reset_at: resetAt } })

  /** A frame whose batch answers come from `script`, one per request; records what each request carried. */
  function scripted(script: Array<(keys: string[]) => Record<string, AjaxResult>>) {
    const sent: string[][] = []
    const make = vi.fn(async ({ calls }: { calls: Record<string, unknown> }) => {
      const keys = Object.keys(calls)
      sent.push(keys)
      const next = script.shift()
      if (!next) throw new Error('no more answers scripted')
      return new Result().setData(next(keys))
    })
    return { frame: fakeFrame(make, make), sent }
  }

  function fakeClock(start = 990_000) {
    let now = start
    const waits: number[] = []
    const announced: Array<{ code: string; until: number }> = []
    return {
      clock: {
        now: () => now,
        sleep: async (ms: number) => {
          waits.push(ms)
          now += ms
        },
        announce: (wait: { code: string; until: number }) => announced.push(wait),
      },
      waits,
      announced,
    }
  }

  const activate = (ids: number[]) =>
    Object.fromEntries(
      ids.map((id) => [`p${id}`, { method: 'voximplant.user.activatePhone', params: { USER_ID: id } }]),
    )

  test('are sent again after operating_reset_at (plus a second), and the wait is announced', async () => {
    const { frame, sent } = scripted([
      () => ({ p1: done(1_000), p2: limited(), p3: limited() }),
      () => ({ p2: done(1_010), p3: done(1_010) }),
    ])
    const { clock, waits, announced } = fakeClock(990_000)
    const outcomes = await createB24Client(frame, clock).batch(activate([1, 2, 3]))
    expect(sent).toEqual([
      ['p1', 'p2', 'p3'],
      ['p2', 'p3'],
    ])
    expect(waits).toEqual([11_000]) // reset at 1,000 s, now 990 s: 10 s + 1 s
    expect(announced).toEqual([{ code: 'OPERATION_TIME_LIMIT', until: 1_001_000 }])
    expect(Object.keys(outcomes)).toEqual(['p1', 'p2', 'p3'])
    expect(Object.values(outcomes).every((outcome) => outcome.ok)).toBe(true)
  })

  test('without a reset time they back off; a limit that never lifts is reported after five idle rounds', async () => {
    const { frame, sent } = scripted(Array.from({ length: 6 }, () => () => ({ p1: limited() })))
    const { clock, waits } = fakeClock()
    const outcomes = await createB24Client(frame, clock).batch(activate([1]))
    expect(sent).toHaveLength(6)
    expect(waits).toEqual([10_000, 20_000, 40_000, 60_000, 60_000])
    expect(outcomes.p1).toMatchObject({ ok: false, error: { detail: { code: 'OPERATION_TIME_LIMIT' } } })
  })

  test('a round that gets some through resets the idle count', async () => {
    const { frame } = scripted([
      () => ({ p1: limited(), p2: limited() }),
      () => ({ p1: limited(), p2: limited() }),
      () => ({ p1: done(), p2: limited() }),
      ...Array.from({ length: 5 }, () => () => ({ p2: limited() })),
    ])
    const { clock, waits } = fakeClock(2_000_000) // resets long past: backoff only
    const outcomes = await createB24Client(frame, clock).batch(activate([1, 2]))
    expect(waits).toEqual([10_000, 20_000, 10_000, 20_000, 40_000, 60_000, 60_000])
    expect(outcomes.p1?.ok).toBe(true)
    expect(outcomes.p2?.ok).toBe(false)
  })

  test('an abort during the wait returns the refusals as they are, without sending again', async () => {
    const { frame, sent } = scripted([() => ({ p1: done(), p2: limited() })])
    const controller = new AbortController()
    const clock = {
      now: () => 0,
      sleep: async () => controller.abort(),
      announce: () => undefined,
    }
    const outcomes = await createB24Client(frame, clock).batch(activate([1, 2]), {
      signal: controller.signal,
    })
    expect(sent).toHaveLength(1)
    expect(outcomes.p2).toMatchObject({ ok: false, error: { kind: 'rate-limited' } })
  })

  test('a re-sent request that fails as a whole marks only the re-sent commands with its error', async () => {
    const { frame } = scripted([
      () => ({ p1: done(), p2: limited() }),
      () => {
        throw new AjaxError({ code: 'NETWORK_ERROR', status: 0, description: 'Network connection failed' })
      },
    ])
    const outcomes = await createB24Client(frame, fakeClock().clock).batch(activate([1, 2]))
    expect(outcomes.p1?.ok).toBe(true)
    expect(outcomes.p2).toMatchObject({ ok: false, error: { kind: 'network' }, unsure: true })
  })
})

import { stringify } from 'qs-esm'
import { kit, T0 } from './test-kit.ts'
import { parsePhpQuery } from './php-query.ts'

interface BatchBody {
  result: {
    result: unknown
    result_error: unknown
    result_total: unknown
    result_next: unknown
    result_time: unknown
  }
  time: { start: number; operating: number }
}

const row = (method: string, params: Record<string, unknown> = {}) => `${method}?${stringify(params)}`

describe('batch', () => {
  test('commands as an object: results by key, totals/next/time only where they exist', () => {
    const { call } = kit()
    const answer = call('batch', {
      halt: 0,
      cmd: {
        me: 'user.current',
        page: row('user.get', { FILTER: { ACTIVE: true }, select: ['ID'], start: 0 }),
        fast: row('user.get', { FILTER: { '>ID': 10 }, start: -1 }),
      },
    })
    expect(answer.status).toBe(200)
    expect(answer.commandCount).toBe(3)
    const { result, time } = answer.body as BatchBody
    // Each executed command with the rows it answered: the HTTP layer's latency model charges by them.
    const rows = result.result as { page: unknown[]; fast: unknown[] }
    expect(answer.commands).toEqual([
      { method: 'user.current', rows: expect.any(Number) },
      { method: 'user.get', rows: rows.page.length },
      { method: 'user.get', rows: rows.fast.length },
    ])
    expect(rows.page.length).toBeGreaterThan(1)
    expect(result.result).toMatchObject({ me: { ID: '1' }, page: expect.any(Array), fast: expect.any(Array) })
    expect(result.result_error).toEqual([])
    expect(result.result_total).toEqual({ page: expect.any(Number), fast: 0 })
    expect(result.result_next).toEqual({ page: 50 })
    expect(Object.keys(result.result_time as object)).toEqual(['me', 'page', 'fast'])
    expect(time.start).toBe((T0 + 1000) / 1000)
  })

  test('commands as an array: lists while the keys are 0..n-1, objects once one fails', () => {
    const { call } = kit()
    const ok = (call('batch', { cmd: ['user.admin', 'scope'] }).body as BatchBody).result
    expect(ok.result).toEqual([true, ['telephony', 'user_brief', 'department']])
    const gap = (call('batch', { cmd: ['user.admin', 'no.such.method', 'scope'] }).body as BatchBody).result
    expect(gap.result).toEqual({ 0: true, 2: ['telephony', 'user_brief', 'department'] })
    expect(Array.isArray(gap.result)).toBe(false)
    expect(gap.result_error).toEqual({
      1: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' },
    })
  })

  test('$result references reach into earlier results, whole values keep their type', () => {
    const { call } = kit()
    const answer = call('batch', {
      cmd: {
        first: row('user.get', { FILTER: { '>ID': 4 }, select: ['ID', 'UF_DEPARTMENT'], start: -1 }),
        again: 'user.get?FILTER[ID]=$result[first][0][ID]&select[]=NAME',
        dept: 'department.get?ID=$result[first][0][UF_DEPARTMENT]',
        // Inside longer text the value is printed: extension "10" + "5".
        text: 'user.get?FILTER[UF_PHONE_INNER]=10$result[first][0][ID]&select[]=ID',
      },
    })
    const results = (answer.body as BatchBody).result.result as Record<string, Array<Record<string, unknown>>>
    expect(results.again).toEqual([{ NAME: 'Zoë' }])
    const [department] = results.first?.[0]?.UF_DEPARTMENT as number[]
    expect(results.dept?.map((d) => d.ID)).toEqual([String(department)])
    expect(results.text).toEqual([{ ID: '5' }])
  })

  test('a reference past the end stops where the walk stopped, as processBatchElement does', () => {
    const { call } = kit()
    const answer = call('batch', {
      cmd: {
        two: row('user.get', { FILTER: { '>ID': 1, '<ID': 4 }, select: ['ID'] }),
        // Whole value past the list's end: the list itself. Inside text: the reference left as it was.
        whole: 'voximplant.user.get?USER_ID[]=$result[two][5][ID]&USER_ID[]=0$result[two][5][ID]',
        text: 'user.get?FILTER[ID]=0$result[two][5][ID]&select[]=ID',
        found: 'user.get?FILTER[ID]=0$result[two][1][ID]&select[]=ID',
        // A number is printed into text; another root by its own name; an unknown name is left alone.
        total: 'user.get?FILTER[ID]=$total[two]&select[]=ID',
        other: 'user.get?FILTER[NAME]=x$RESULT[two][0][ID]&select[]=ID',
      },
    })
    const { result } = answer.body as BatchBody
    const results = result.result as Record<string, Array<Record<string, unknown>>>
    expect(results.two?.map((user) => user.ID)).toEqual(['2', '3'])
    const log = answer.logEntry.params as { cmd: Record<string, string> }
    expect(log.cmd.text).toContain('0$result[two][5][ID]')
    expect(results.found).toEqual([{ ID: '3' }]) // "03"
    expect(results.total).toEqual([{ ID: '2' }])
    expect(results.other).toEqual([])
    // getUser's intval: the list (an array) reads as user 1, the text left as it was as 0 (nobody).
    expect(result.result_error).toEqual([])
    expect(results.whole?.map((user) => user.ID)).toEqual(['1'])
  })

  test('per-command errors land in result_error of an HTTP 200, keyed by command', () => {
    const { call, engine } = kit()
    engine.updateSettings({ confirmationRequired: true })
    const answer = call('batch', {
      cmd: {
        a: row('voximplant.user.get', { USER_ID: [1] }),
        b: row('voximplant.user.get', { USER_ID: [2] }),
        c: 'user.admin',
      },
    })
    expect(answer.status).toBe(200)
    const { result } = answer.body as BatchBody
    expect(result.result_error).toEqual({
      a: { error: 'METHOD_CONFIRM_WAITING', error_description: 'Waiting for confirmation' },
      b: { error: 'METHOD_CONFIRM_WAITING', error_description: 'Waiting for confirmation' },
    })
    expect(result.result).toEqual({ c: true })
    expect(engine.pendingConfirmations()).toHaveLength(1)
    expect(answer.logEntry.commandErrors).toEqual({
      a: 'METHOD_CONFIRM_WAITING',
      b: 'METHOD_CONFIRM_WAITING',
    })
    expect(answer.logEntry.error).toBeUndefined()
  })

  test('halt stops at the first failing command', () => {
    const { call } = kit()
    const cmd = { a: 'user.admin', b: 'voximplant.user.activatePhone', c: 'user.admin' }
    const halted = (call('batch', { halt: 1, cmd }).body as BatchBody).result
    expect(halted.result).toEqual({ a: true })
    expect(Object.keys(halted.result_error as object)).toEqual(['b'])
    const going = (call('batch', { halt: 0, cmd }).body as BatchBody).result
    expect(going.result).toEqual({ a: true, c: true })
  })

  test('past 50 commands the extra ones fail with ERROR_BATCH_LENGTH_EXCEEDED; the rest run', () => {
    const { call } = kit()
    const answer = call('batch', { cmd: Array.from({ length: 53 }, () => 'user.admin') })
    const { result } = answer.body as BatchBody
    expect(answer.status).toBe(200)
    expect(answer.commandCount).toBe(50)
    expect(result.result).toHaveLength(50)
    expect(result.result_error).toEqual({
      50: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
      51: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
      52: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
    })
  })

  test('a command that is not a string is skipped without a trace, but counts towards the 50', () => {
    const { call } = kit()
    const mixed = (call('batch', { cmd: { a: 'user.admin', b: 5, c: 'user.admin' } }).body as BatchBody)
      .result
    expect(mixed.result).toEqual({ a: true, c: true })
    expect(mixed.result_error).toEqual([])
    const padded = (call('batch', { cmd: [...Array<null>(50).fill(null), 'user.admin'] }).body as BatchBody)
      .result
    expect(padded.result).toEqual([])
    expect(padded.result_error).toEqual({
      50: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
    })
  })

  test('batch inside batch is not allowed', () => {
    const { call } = kit()
    const { result } = call('batch', { cmd: { inner: 'batch?cmd[0]=user.admin' } }).body as BatchBody
    expect(result.result_error).toEqual({
      inner: {
        error: 'ERROR_BATCH_METHOD_NOT_ALLOWED',
        error_description: 'Method is not allowed for batch usage',
      },
    })
  })

  test('command parameters are upper-cased too: a later lowercase filter wins', () => {
    const { call } = kit()
    const { result } = call('batch', { cmd: ['user.get?FILTER[ID]=5&filter[ID]=6&select[]=ID'] })
      .body as BatchBody
    expect(result.result).toEqual([[{ ID: '6' }]])
  })

  test('the log names the batch and each command, in order', () => {
    const { call } = kit()
    const answer = call('batch', { CMD: ['user.admin', 'department.get?start=0'] })
    expect(answer.logEntry).toMatchObject({
      method: 'batch',
      commands: ['user.admin', 'department.get'],
      status: 200,
    })
  })
})

test('a batch command past the portal max_input_vars loses the variables after it, as PHP drops them', () => {
  const { call, engine } = kit()
  engine.updateSettings({ maxInputVars: 2 })
  const body = call('batch', { cmd: { s: 'voximplant.user.get?USER_ID[]=1&USER_ID[]=2&USER_ID[]=3' } })
    .body as {
    result: { result: { s: Array<{ ID: string }> } }
  }
  expect(body.result.result.s.map((row) => row.ID)).toEqual(['1', '2'])
})

test('commands run in the order of the form body, integer keys included, as PHP keeps it', () => {
  const { engine, token } = kit()
  const body = parsePhpQuery(`halt=1&cmd[b]=no.such.method&cmd[1]=user.admin&auth=${token}`)
  const answer = engine.handleRest('batch', body, T0 + 1000).body as {
    result: { result: unknown; result_error: object }
  }
  expect(Object.keys(answer.result.result_error)).toEqual(['b'])
  expect(answer.result.result).toEqual([]) // halted before `1` ran
})

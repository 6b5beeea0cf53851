import { restErrors, type RestError } from './errors.ts'
import { runCommand, type CommandEnv } from './execute.ts'
import { methodKey } from './methods/registry.ts'
import { isRecord, phpCollection, phpTruthy, upperKeys } from './php.ts'
import { parsePhpQuery, phpKeyOrder } from './php-query.ts'
import { resolveReferences } from './references.ts'
import type { TimeBlock } from './time-block.ts'
import type { ExecutedCommand } from '../contract.ts'
import { rowCount } from './row-count.ts'

export const BATCH_LIMIT = 50

type Key = string | number

export interface BatchRun {
  /** `{result, result_error, result_total, result_next, result_time}` (docs/bitrix24.md "Batch"). */
  result: Record<string, unknown>
  commandErrors: Record<string, string>
  /** Commands that reached execution, in order, with the rows each answered. */
  executed: ExecutedCommand[]
  /** Simulated seconds spent in commands. */
  seconds: number
}

/** The `cmd` entries as `[key, "method?query"]`, in order (an array or an object); a non-string is `undefined`. */
export function batchCommands(cmd: unknown): Array<[Key, string | undefined]> {
  const entries: Array<[Key, unknown]> = Array.isArray(cmd)
    ? cmd.map((value, index) => [index, value])
    : isRecord(cmd)
      ? phpKeyOrder(cmd).map((key) => [key, cmd[key]])
      : []
  return entries.map(([key, value]) => [key, typeof value === 'string' ? value : undefined])
}

export function splitCommand(command: string): { method: string; query: string } {
  const at = command.indexOf('?')
  return at === -1
    ? { method: command.trim(), query: '' }
    : { method: command.slice(0, at).trim(), query: command.slice(at + 1) }
}

/**
 * Runs a batch: commands in order, `$result[key][…]` references to earlier results, `halt` stops at
 * the first error. Past 50 commands each extra one fails with ERROR_BATCH_LENGTH_EXCEEDED, as the
 * server code does (docs/bitrix24.md "Batch"); a nested batch is ERROR_BATCH_METHOD_NOT_ALLOWED.
 */
export function runBatch(params: Record<string, unknown>, env: CommandEnv, now: number): BatchRun {
  const halt = phpTruthy(params.HALT)
  const parse = (query: string) => parsePhpQuery(query, { maxInputVars: env.ctx.settings.maxInputVars })
  const results: Array<[Key, unknown]> = []
  const errors: Array<[Key, { error: string; error_description: string }]> = []
  const totals: Array<[Key, number]> = []
  const nexts: Array<[Key, number]> = []
  const times: Array<[Key, TimeBlock]> = []
  // What references see (`$result[key]`, `$total[key]`…), in the order of methodsBatch's `$arResult`.
  const soFar = new Map<string, Map<string, unknown>>(
    ['result', 'next', 'total', 'time', 'error'].map((name) => [name, new Map<string, unknown>()]),
  )
  const record = (name: string, key: Key, value: unknown) => {
    if (!soFar.has(name)) soFar.set(name, new Map())
    soFar.get(name)?.set(String(key), value)
  }
  const commandErrors: Record<string, string> = {}
  const executed: ExecutedCommand[] = []
  let seconds = 0
  const fail = (key: Key, error: RestError) => {
    errors.push([key, error.body])
    commandErrors[String(key)] = error.code
    record('error', key, error.body)
    record('error_description', key, error.body.error_description)
  }
  for (const [index, [key, command]] of batchCommands(params.CMD).entries()) {
    if (index < BATCH_LIMIT && command === undefined) continue // counted, then skipped without a trace
    const { method, query } = splitCommand(command ?? '')
    if (index >= BATCH_LIMIT) fail(key, restErrors.batchLength())
    // The exact lower-case name only; another spelling reaches the batch method itself (docs/bitrix24.md "Batch").
    else if (method === 'batch') fail(key, restErrors.batchMethod())
    else if (methodKey(method) === 'batch') {
      const inner = runBatch(upperKeys(resolveReferences(parse(query), soFar)), env, now)
      executed.push(...inner.executed)
      seconds += inner.seconds
      results.push([key, inner.result])
      record('result', key, inner.result)
    } else {
      const commandParams = resolveReferences(parse(query), soFar)
      const outcome = runCommand(method, commandParams, env, now, now + seconds * 1000, true)
      seconds += outcome.seconds
      executed.push({ method, rows: outcome.ok ? rowCount(outcome.answer.result) : 0 })
      if (outcome.ok) {
        const { answer } = outcome
        results.push([key, answer.result])
        record('result', key, answer.result)
        if (answer.total !== undefined) totals.push([key, answer.total])
        if (answer.total !== undefined) record('total', key, answer.total)
        if (answer.next !== undefined) nexts.push([key, answer.next])
        if (answer.next !== undefined) record('next', key, answer.next)
        times.push([key, outcome.time])
        record('time', key, outcome.time)
      } else fail(key, outcome.error)
    }
    if (halt && errors.length > 0) break
  }
  return {
    result: {
      result: phpCollection(results),
      result_error: phpCollection(errors),
      result_total: phpCollection(totals),
      result_next: phpCollection(nexts),
      result_time: phpCollection(times),
    },
    commandErrors,
    executed,
    seconds,
  }
}

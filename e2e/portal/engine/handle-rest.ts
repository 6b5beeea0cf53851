import type { ExecutedCommand, PortalSettings, RequestLogEntry, RestAnswer } from '../contract.ts'
import { batchCommands, runBatch, splitCommand } from './batch.ts'
import type { ConfirmationBook } from './confirmations.ts'
import { RestError, restErrors } from './errors.ts'
import { runCommand, type CommandEnv } from './execute.ts'
import type { LeakyBucket, OperatingClock } from './limits.ts'
import { loggableParams, type RequestLog } from './log.ts'
import { METHODS, methodKey } from './methods/registry.ts'
import { upperKeys } from './php.ts'
import { RequestTimes } from './request-times.ts'
import { rowCount } from './row-count.ts'
import { timeBlock } from './time-block.ts'
import { tokenOf, type TokenStore } from './tokens.ts'
import type { PortalData } from './types.ts'

/** Everything one request may read or change. */
export interface EngineState {
  data: PortalData
  settings: PortalSettings
  bucket: LeakyBucket
  operating: OperatingClock
  confirmations: ConfirmationBook
  tokens: TokenStore
  log: RequestLog
  userOptions: Map<number, Record<string, string>>
}

/** Simulated overhead of one HTTP request, seconds. */
const REQUEST_SECONDS = 0.003

/**
 * `POST /rest/<method>`: the bucket first (every request counts, a batch once), then the token,
 * then the method or the batch. Errors are `{error, error_description}` with Bitrix24's status.
 */
export function handleRest(
  state: EngineState,
  method: string,
  body: Record<string, unknown>,
  now: number,
): RestAnswer {
  const isBatch = methodKey(method) === 'batch'
  const entry: Omit<RequestLogEntry, 'seq'> = {
    at: now,
    method,
    params: loggableParams(body),
    status: 0,
    durationMs: 0,
  }
  if (isBatch) entry.commands = commandMethods(body)
  const answer = (status: number, answerBody: unknown, commands: ExecutedCommand[]): RestAnswer => {
    entry.status = status
    const commandCount = commands.length
    return { status, body: answerBody, commandCount, commands, logEntry: state.log.append(entry) }
  }
  const fail = (error: RestError, commands: ExecutedCommand[]): RestAnswer => {
    entry.error = error.code
    return answer(error.status, error.body, commands)
  }
  const { settings } = state
  if (!state.bucket.take(now, settings.bucket)) return fail(restErrors.queryLimit(), [])
  // The method is looked up before the token is (docs/bitrix24.md "Limits, tokens and errors").
  if (!isBatch && !METHODS.has(methodKey(method))) return fail(restErrors.methodNotFound(), [])
  const token = state.tokens.check(tokenOf(body), now)
  if (token instanceof RestError) return fail(token, [])
  const env: CommandEnv = {
    ctx: {
      data: state.data,
      settings,
      caller: state.data.usersById.get(token.userId),
      callerId: token.userId,
      installed: !settings.installMode,
    },
    token: token.token,
    confirmations: state.confirmations,
    operating: state.operating,
    times: new RequestTimes(),
  }
  const commit = () => env.times.commit(state.operating, now, settings.operatingMinimumSeconds)
  const { auth: _auth, access_token: _accessToken, ...params } = body
  const requestSeconds = REQUEST_SECONDS + Math.max(0, settings.latency.perRequestMs) / 1000
  if (isBatch) {
    const run = runBatch(upperKeys(params), env, now)
    commit()
    if (Object.keys(run.commandErrors).length > 0) entry.commandErrors = run.commandErrors
    const time = timeBlock(
      now,
      requestSeconds + run.seconds,
      run.seconds,
      state.operating.state('batch', now),
    )
    return answer(200, { result: run.result, time }, run.executed)
  }
  const outcome = runCommand(method, params, env, now)
  commit()
  if (!outcome.ok) return fail(outcome.error, [{ method, rows: 0 }])
  const { result, next, total } = outcome.answer
  const time = timeBlock(now, requestSeconds + outcome.seconds, outcome.seconds, {
    operating: outcome.time.operating,
    resetAt: outcome.time.operating_reset_at,
  })
  return answer(
    200,
    { result, ...(next === undefined ? {} : { next }), ...(total === undefined ? {} : { total }), time },
    [{ method, rows: rowCount(result) }],
  )
}

/** The method of each command of a batch body, in order (for the request log). */
export function commandMethods(body: Record<string, unknown>): string[] {
  return batchCommands(upperKeys(body).CMD).map(([, command]) => splitCommand(command ?? '').method)
}

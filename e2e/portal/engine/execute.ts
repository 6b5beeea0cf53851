import type { ConfirmationBook } from './confirmations.ts'
import { RestError, restErrors } from './errors.ts'
import type { OperatingClock } from './limits.ts'
import type { MethodAnswer, MethodContext } from './methods/context.ts'
import { notifiedAdmins } from './methods/permissions.ts'
import { METHODS, methodKey } from './methods/registry.ts'
import { phpInt } from './php.ts'
import type { RequestTimes } from './request-times.ts'
import { rowCount } from './row-count.ts'
import { commandSeconds, timeBlock, type TimeBlock } from './time-block.ts'

export interface CommandEnv {
  /** The request's context; `start` and `requestConfirmation` are set per command. */
  ctx: Omit<MethodContext, 'start' | 'now' | 'requestConfirmation'>
  token: string
  confirmations: ConfirmationBook
  operating: OperatingClock
  times: RequestTimes
}

export type CommandOutcome =
  | { ok: true; answer: MethodAnswer; time: TimeBlock; seconds: number }
  | { ok: false; error: RestError; seconds: number }

/**
 * One method call, alone or inside a batch: unknown method and operating-time block come before the
 * method runs; the method itself asks for administrator confirmation where Bitrix24's does, after its
 * own checks. `startMs` places the command in time (commands of a batch run one after another).
 */
export function runCommand(
  method: string,
  params: Record<string, unknown>,
  env: CommandEnv,
  now: number,
  startMs = now,
  inBatch = false,
): CommandOutcome {
  const key = methodKey(method)
  const entry = METHODS.get(key)
  if (!entry) return { ok: false, error: restErrors.methodNotFound(), seconds: 0 }
  const { settings } = env.ctx
  if (entry.scopes && !entry.scopes.some((scope) => settings.appScopes.includes(scope)))
    return { ok: false, error: restErrors.insufficientScope(inBatch), seconds: 0 }
  const minimum = settings.operatingMinimumSeconds
  if (env.operating.blocked(key, now, settings.operatingLimitSeconds, env.times.counted(key, minimum)))
    return { ok: false, error: restErrors.operationTimeLimit(), seconds: 0 }
  // The REST server takes `start` out of the parameters before the method sees them, by its lowercase name only.
  const { start, ...rest } = params
  const ctx: MethodContext = {
    ...env.ctx,
    start: start === undefined ? 0 : phpInt(start),
    now: startMs,
    requestConfirmation: () => {
      if (settings.confirmationRequired)
        env.confirmations.require(env.token, env.ctx.callerId, now, () => notifiedAdmins(env.ctx))
    },
  }
  try {
    const answer = entry.handler(rest, ctx)
    const seconds = commandSeconds(settings.latency, key, rowCount(answer.result))
    env.times.record(key, seconds)
    return { ok: true, answer, seconds, time: commandTime(env, key, startMs, seconds, now) }
  } catch (error) {
    if (!(error instanceof RestError)) throw error
    // The operating time is registered only after the method returns (docs/bitrix24.md "Limits, tokens
    // and errors"): a thrown error costs none. An error the method returns (HTTP 200) ran to its end.
    const returned = error.status === 200
    const seconds = returned ? commandSeconds(settings.latency, key, 0) : 0
    if (returned) env.times.record(key, seconds)
    return { ok: false, error, seconds }
  }
}

function commandTime(env: CommandEnv, key: string, startMs: number, seconds: number, now: number): TimeBlock {
  const state = env.operating.state(key, now)
  const running = env.times.counted(key, env.ctx.settings.operatingMinimumSeconds)
  return timeBlock(startMs, seconds, seconds, { ...state, operating: state.operating + running })
}

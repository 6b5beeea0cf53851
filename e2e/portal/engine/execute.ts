import { CONFIRMED_METHODS, type ConfirmationBook } from './confirmations.ts'
import { RestError, restErrors } from './errors.ts'
import type { OperatingClock } from './limits.ts'
import type { MethodAnswer, MethodContext } from './methods/context.ts'
import { METHODS, methodKey } from './methods/registry.ts'
import { upperKeys } from './php.ts'
import { commandSeconds, timeBlock, type TimeBlock } from './time-block.ts'

export interface CommandEnv {
  ctx: MethodContext
  token: string
  confirmations: ConfirmationBook
  operating: OperatingClock
}

export type CommandOutcome =
  | { ok: true; answer: MethodAnswer; time: TimeBlock; seconds: number }
  | { ok: false; error: RestError; seconds: number }

/**
 * One method call, alone or inside a batch: unknown method, operating-time block and administrator
 * confirmation come before the method runs; the method's simulated time counts towards its limit.
 * `startMs` places the command in time (commands of a batch run one after another).
 */
export function runCommand(
  method: string,
  params: Record<string, unknown>,
  env: CommandEnv,
  now: number,
  startMs = now,
): CommandOutcome {
  const key = methodKey(method)
  const handler = METHODS.get(key)
  if (!handler) return { ok: false, error: restErrors.methodNotFound(), seconds: 0 }
  const { settings, callerId } = env.ctx
  if (env.operating.blocked(key, now, settings.operatingLimitSeconds))
    return { ok: false, error: restErrors.operationTimeLimit(), seconds: 0 }
  const seconds = commandSeconds(settings.latency.perCommandMs)
  try {
    if (settings.confirmationRequired && CONFIRMED_METHODS.has(key))
      env.confirmations.require(env.token, callerId, now)
  } catch (error) {
    if (error instanceof RestError) return { ok: false, error, seconds: 0 }
    throw error
  }
  try {
    const answer = handler(upperKeys(params), env.ctx)
    env.operating.add(key, now, seconds)
    return {
      ok: true,
      answer,
      seconds,
      time: timeBlock(startMs, seconds, seconds, env.operating.state(key, now)),
    }
  } catch (error) {
    if (!(error instanceof RestError)) throw error
    env.operating.add(key, now, seconds)
    return { ok: false, error, seconds }
  }
}

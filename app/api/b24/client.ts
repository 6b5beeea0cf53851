import type { AjaxResult, B24Frame, Result } from '@bitrix24/b24jssdk'
import { announceWait, type BitrixWait } from './bitrix-wait.ts'
import { AppError, fromRestError, toAppError } from './errors.ts'
import { isRecord } from '@/lib/is-record.ts'
import { sleep } from '@/lib/sleep.ts'
import { limitCode, MAX_IDLE_ROUNDS, resumeAt } from './limit-wait.ts'
import { phpParams } from './php-params.ts'

export type Params = Record<string, unknown>

/** One REST answer, its `result` still unchecked: features validate it at their edge. */
export interface CallOutcome {
  result: unknown
  /** `total` of a list page; undefined when the answer had none (or it was 0, which the SDK cannot tell apart). */
  total: number | undefined
}

export type BatchOutcome =
  | ({ ok: true } & CallOutcome)
  | {
      ok: false
      error: AppError
      /** The command was re-sent and that request failed as a whole: it may or may not have run. */
      unsure?: true
    }

export interface BatchCommand {
  method: string
  params?: Params
}

/** Bitrix24 refuses more than 50 commands in one batch (docs/bitrix24.md "Batch"). */
export const MAX_BATCH_COMMANDS = 50

export interface BatchOptions {
  /** Stops the wait before commands are sent again: they come back with their refusal. */
  signal?: AbortSignal
}

/** The narrow typed door to Bitrix24 REST that features use. */
export interface B24Client {
  call(method: string, params?: Params): Promise<CallOutcome>
  /**
   * At most 50 commands a request; per-command errors come back as outcomes, never thrown. Commands
   * Bitrix24 refused for its limits inside the batch (OPERATION_TIME_LIMIT in `result_error` of an
   * HTTP 200, which the SDK never waits for) are sent again after the wait Bitrix24 asks for, and the
   * wait is announced to the user. A request that fails as a whole is thrown, after the SDK's retries.
   */
  batch(commands: Record<string, BatchCommand>, options?: BatchOptions): Promise<Record<string, BatchOutcome>>
  /**
   * Which access token the client uses now, as a number that changes when the SDK refreshes it.
   * Bitrix24's approval of voximplant.user.get belongs to one token (docs/bitrix24.md, "Confirmation"):
   * what was read under another token may not be handed out as current.
   */
  session(): number
}

type FrameActions = Pick<B24Frame, 'actions'> & { auth?: Pick<B24Frame['auth'], 'getAuthData'> }

/** Time, injectable for tests. */
export interface ClientClock {
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  announce: (wait: BitrixWait) => void
}

const realClock: ClientClock = { now: () => Date.now(), sleep, announce: announceWait }

export function createB24Client(frame: FrameActions, clock: ClientClock = realClock): B24Client {
  /** The latest `operating_reset_at` (ms) an answer gave per method. */
  const resetAt = new Map<string, number>()
  let token: string | undefined
  let session = 0

  async function sendBatch(commands: Record<string, BatchCommand>): Promise<Record<string, BatchOutcome>> {
    const calls = Object.fromEntries(
      Object.entries(commands).map(([key, command]) => [
        key,
        { ...command, params: phpParams(command.params ?? {}) },
      ]),
    )
    let response: Result
    try {
      response = await frame.actions.v2.batch.make({
        calls,
        options: { isHaltOnError: false, returnAjaxResult: true },
      })
    } catch (error) {
      throw toAppError(error)
    }
    const data: unknown = response.getData()
    const outcomes: Record<string, BatchOutcome> = {}
    for (const [key, command] of Object.entries(commands)) {
      const answer = isRecord(data) ? data[key] : undefined
      if (!isAjaxResult(answer)) {
        outcomes[key] = { ok: false, error: firstError(response) ?? missingAnswer(key) }
        continue
      }
      const reset = operatingResetAt(answer)
      if (reset !== undefined) resetAt.set(command.method, Math.max(reset, resetAt.get(command.method) ?? 0))
      outcomes[key] = settle(answer)
    }
    return outcomes
  }

  return {
    session() {
      const auth = frame.auth?.getAuthData()
      const current = auth ? auth.access_token : undefined
      if (current !== token) {
        token = current
        session += 1
      }
      return session
    },

    async call(method, params = {}) {
      const sent = phpParams(params)
      let answer: AjaxResult
      try {
        answer = await frame.actions.v2.call.make({ method, params: sent })
      } catch (error) {
        throw toAppError(error)
      }
      return outcomeOf(answer)
    },

    async batch(commands, { signal } = {}) {
      const keys = Object.keys(commands)
      if (keys.length === 0) return {}
      if (keys.length > MAX_BATCH_COMMANDS) {
        throw new AppError({
          kind: 'rest',
          code: 'ERROR_BATCH_LENGTH_EXCEEDED',
          status: 400,
          description: `${keys.length} commands in one batch`,
        })
      }
      const outcomes = await sendBatch(commands)
      const isRefused = (key: string) => limitCode(errorOf(outcomes[key])) !== undefined
      let refused = keys.filter(isRefused)
      // Rounds in a row in which nothing got through: a limit that does not lift is reported, not waited on forever.
      let idle = 0
      while (refused.length > 0 && idle < MAX_IDLE_ROUNDS && !signal?.aborted) {
        const codes = refused.map((key) => limitCode(errorOf(outcomes[key])))
        const code = codes.includes('OPERATION_TIME_LIMIT') ? 'OPERATION_TIME_LIMIT' : (codes[0] ?? '')
        const resets = refused.flatMap((key) => resetAt.get(commands[key]?.method ?? '') ?? [])
        const until = resumeAt(code, resets.length > 0 ? Math.max(...resets) : undefined, idle, clock.now())
        clock.announce({ code, until })
        await clock.sleep(until - clock.now(), signal)
        if (signal?.aborted) break
        try {
          Object.assign(outcomes, await sendBatch(pick(commands, refused)))
        } catch (error) {
          // The re-sent request failed as a whole: those commands may or may not have run.
          for (const key of refused) outcomes[key] = { ok: false, error: toAppError(error), unsure: true }
          break
        }
        const still = refused.filter(isRefused)
        idle = still.length < refused.length ? 0 : idle + 1
        refused = still
      }
      return outcomes
    },
  }
}

function errorOf(outcome: BatchOutcome | undefined): AppError | undefined {
  return outcome && !outcome.ok ? outcome.error : undefined
}

function pick<T>(record: Record<string, T>, keys: string[]): Record<string, T> {
  const out: Record<string, T> = {}
  for (const key of keys) if (key in record) out[key] = record[key] as T
  return out
}

/** `time.operating_reset_at` of a command's answer (unix seconds) in ms. */
function operatingResetAt(answer: AjaxResult): number | undefined {
  const time: unknown = (answer.getData() as { time?: unknown } | undefined)?.time
  const reset = isRecord(time) ? time.operating_reset_at : undefined
  return typeof reset === 'number' && Number.isFinite(reset) ? reset * 1000 : undefined
}

function outcomeOf(answer: AjaxResult): CallOutcome {
  if (!answer.isSuccess) throw firstError(answer) ?? missingAnswer('call')
  const total = answer.getTotal()
  return {
    result: answer.getData()?.result,
    // The SDK reports a missing `total` as 0, and inside a batch a missing `next` as 0 too: so no `next`
    // here; list loaders compute offsets from `total` and the fixed page size.
    total: total > 0 ? total : undefined,
  }
}

function settle(answer: AjaxResult): BatchOutcome {
  try {
    const outcome = outcomeOf(answer)
    // Bitrix24 stores an error thrown without a code as {error: "", error_description} and no result;
    // the SDK sees no error in an empty code. A command without a result failed (docs/bitrix24.md, "Batch").
    if (outcome.result === undefined) return { ok: false, error: emptyCodeError(answer) }
    return { ok: true, ...outcome }
  } catch (error) {
    return { ok: false, error: toAppError(error) }
  }
}

/** The description of a command that failed with an empty code, read from the answer the SDK keeps. */
function emptyCodeError(answer: AjaxResult): AppError {
  const raw: unknown = (answer as unknown as { _data?: unknown })._data
  const description = isRecord(raw) && typeof raw.error_description === 'string' ? raw.error_description : ''
  return fromRestError('', description, answer.getStatus())
}

/** Inside a batch, an error arrives in `result_error` of an HTTP 200 answer: it is mapped by its code alone. */
function firstError(result: Result | AjaxResult): AppError | undefined {
  const first = result.getErrors().next()
  return first.done ? undefined : toAppError(first.value)
}

function missingAnswer(key: string): AppError {
  return new AppError({ kind: 'invalid-answer', description: `no answer for ${key}` })
}

function isAjaxResult(value: unknown): value is AjaxResult {
  return isRecord(value) && typeof value.getErrors === 'function' && 'isSuccess' in value
}

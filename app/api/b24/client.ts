import type { AjaxResult, B24Frame, Result } from '@bitrix24/b24jssdk'
import { AppError, toAppError } from './errors.ts'

export type Params = Record<string, unknown>

/** One REST answer, its `result` still unchecked: features validate it at their edge. */
export interface CallOutcome {
  result: unknown
  /** `total` of a list page; undefined when the answer had none (or it was 0, which the SDK cannot tell apart). */
  total: number | undefined
}

export type BatchOutcome = ({ ok: true } & CallOutcome) | { ok: false; error: AppError }

export interface BatchCommand {
  method: string
  params?: Params
}

/** Bitrix24 refuses more than 50 commands in one batch (docs: settings/how-to-call-rest-api/batch.md). */
export const MAX_BATCH_COMMANDS = 50

/** The narrow typed door to Bitrix24 REST that features use. */
export interface B24Client {
  call(method: string, params?: Params): Promise<CallOutcome>
  /** At most 50 commands, one HTTP request; per-command errors come back as outcomes, never thrown. */
  batch(commands: Record<string, BatchCommand>): Promise<Record<string, BatchOutcome>>
}

type FrameActions = Pick<B24Frame, 'actions'>

export function createB24Client(frame: FrameActions): B24Client {
  return {
    async call(method, params = {}) {
      let answer: AjaxResult
      try {
        answer = await frame.actions.v2.call.make({ method, params })
      } catch (error) {
        throw toAppError(error)
      }
      return outcomeOf(answer)
    },

    async batch(commands) {
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
      let response: Result
      try {
        response = await frame.actions.v2.batch.make({
          calls: commands,
          options: { isHaltOnError: false, returnAjaxResult: true },
        })
      } catch (error) {
        throw toAppError(error)
      }
      const data: unknown = response.getData()
      const outcomes: Record<string, BatchOutcome> = {}
      for (const key of keys) {
        const answer = isRecord(data) ? data[key] : undefined
        outcomes[key] = isAjaxResult(answer)
          ? settle(answer)
          : { ok: false, error: firstError(response) ?? missingAnswer(key) }
      }
      return outcomes
    },
  }
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
    return { ok: true, ...outcomeOf(answer) }
  } catch (error) {
    return { ok: false, error: toAppError(error) }
  }
}

/** Inside a batch, an error arrives in `result_error` of an HTTP 200 answer: it is mapped by its code alone. */
function firstError(result: Result | AjaxResult): AppError | undefined {
  const first = result.getErrors().next()
  return first.done ? undefined : toAppError(first.value)
}

function missingAnswer(key: string): AppError {
  return new AppError({ kind: 'invalid-answer', description: `no answer for ${key}` })
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

function isAjaxResult(value: unknown): value is AjaxResult {
  return isRecord(value) && typeof value.getErrors === 'function' && 'isSuccess' in value
}

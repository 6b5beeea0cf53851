import type { FaultDecision } from '../../e2e/portal/server/faults.ts'
import { batchCommands, splitCommand } from '../../e2e/portal/engine/batch.ts'
import { RestError } from '../../e2e/portal/engine/errors.ts'
import { isRecord, upperKeys } from '../../e2e/portal/engine/php.ts'
import { parsePhpQuery } from '../../e2e/portal/engine/php-query.ts'

// Tests build failures from the engine's own error answers, not from hand-written bodies.
export { restErrors } from '../../e2e/portal/engine/errors.ts'

/** One REST command as the portal received it: a plain call, or one command of a batch. */
export interface PortalCall {
  method: string
  params: Record<string, unknown>
}

/**
 * What a matching call gets: one of Bitrix24's own error answers (`e2e/portal/engine/errors.ts`) for
 * that command alone (in a batch, in `result_error`, the command never run), or the whole request's
 * connection failing as the engine's `faults` setting fails one. A taken command never reaches the
 * engine, so its log does not show it; a fault is logged as the `faults` setting's are.
 */
export type Failure = RestError | FaultDecision

interface Rule {
  match: (call: PortalCall) => boolean
  failure: Failure
}

/** What the harness does with one request before the engine sees it. */
export type Decision =
  | { kind: 'none' }
  | { kind: 'fault'; fault: FaultDecision }
  | { kind: 'error'; error: RestError }
  | { kind: 'commands'; body: Record<string, unknown>; errors: Array<[string, RestError]> }

/**
 * A test-only fault hook: a failure at one precise call that the engine's settings cannot aim at.
 * It decides nothing about Bitrix24's rules: the engine answers everything a rule does not take.
 */
export class FailureRules {
  readonly #rules: Rule[] = []

  /** From now on, calls matching `match` fail with `failure`; the returned function lifts the rule. */
  add(match: (call: PortalCall) => boolean, failure: Failure): () => void {
    const rule = { match, failure }
    this.#rules.push(rule)
    return () => {
      const at = this.#rules.indexOf(rule)
      if (at !== -1) this.#rules.splice(at, 1)
    }
  }

  decide(method: string, body: Record<string, unknown>): Decision {
    if (this.#rules.length === 0) return { kind: 'none' }
    if (method.toLowerCase() !== 'batch') {
      const rule = this.#first({ method, params: body })
      if (rule === undefined) return { kind: 'none' }
      return rule.failure instanceof RestError
        ? { kind: 'error', error: rule.failure }
        : { kind: 'fault', fault: rule.failure }
    }
    const cmd = upperKeys(body).CMD
    const kept: Record<string, string> = {}
    const errors: Array<[string, RestError]> = []
    for (const [key, command] of batchCommands(cmd)) {
      const { method: inner, query } = splitCommand(command ?? '')
      const rule = this.#first({ method: inner, params: parsePhpQuery(query) })
      if (rule && !(rule.failure instanceof RestError)) return { kind: 'fault', fault: rule.failure }
      if (rule && rule.failure instanceof RestError) errors.push([String(key), rule.failure])
      else if (command !== undefined) kept[String(key)] = command
    }
    if (errors.length === 0) return { kind: 'none' }
    const rest = Object.fromEntries(Object.entries(body).filter(([name]) => name.toUpperCase() !== 'CMD'))
    return { kind: 'commands', body: { ...rest, cmd: kept }, errors }
  }

  /**
   * From now on, requests with a call matching `match` wait (a slow page, a list that keeps loading)
   * until the returned function lets them and every later one through; nothing else waits.
   */
  hold(match: (call: PortalCall) => boolean): () => void {
    let release: () => void = () => undefined
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    const hold = { match, released }
    this.#holds.push(hold)
    return () => {
      const at = this.#holds.indexOf(hold)
      if (at !== -1) this.#holds.splice(at, 1)
      release()
    }
  }

  /** Resolves when no hold matches a call of the request any more. */
  async held(method: string, body: Record<string, unknown>): Promise<void> {
    const calls =
      method.toLowerCase() === 'batch'
        ? [...batchCommands(upperKeys(body).CMD)].map(([, command]) => {
            const { method: inner, query } = splitCommand(command ?? '')
            return { method: inner, params: parsePhpQuery(query) }
          })
        : [{ method, params: body }]
    for (;;) {
      const hold = this.#holds.find((h) => calls.some((call) => h.match(call)))
      if (!hold) return
      await hold.released
    }
  }

  readonly #holds: Array<{ match: (call: PortalCall) => boolean; released: Promise<void> }> = []

  #first(call: PortalCall): Rule | undefined {
    return this.#rules.find((rule) => rule.match(call))
  }
}

/** The engine's batch answer with the taken commands' errors added to `result_error`, by key. */
export function withCommandErrors(body: unknown, errors: Array<[string, RestError]>): unknown {
  if (!isRecord(body) || !isRecord(body.result)) return body
  const previous = body.result.result_error
  const resultError = { ...(isRecord(previous) ? previous : {}) }
  for (const [key, error] of errors) resultError[key] = error.body
  return { ...body, result: { ...body.result, result_error: resultError } }
}

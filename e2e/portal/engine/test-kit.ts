import type { EngineOptions, PortalEngine, RestAnswer } from '../contract.ts'
import { createPortalEngine } from './engine.ts'

/** Shared by the engine's unit tests: an engine with a token, and a call helper. */
export interface Kit {
  engine: PortalEngine
  token: string
  call(method: string, params?: Record<string, unknown>, now?: number): RestAnswer
}

export const T0 = Date.UTC(2026, 2, 16, 15, 0, 0)

export function kit(options: Partial<EngineOptions> = {}): Kit {
  const engine = createPortalEngine({ domain: '127.0.0.1:9', photoBaseUrl: 'http://127.0.0.1:9', ...options })
  // Unit tests are about semantics, not limits, unless a test turns them back on.
  engine.updateSettings({ bucket: { drainPerSecond: 0 }, confirmationRequired: false })
  const token = engine.issueToken(T0).AUTH_ID
  return {
    engine,
    token,
    call: (method, params = {}, now = T0 + 1000) =>
      engine.handleRest(method, { ...params, auth: token }, now),
  }
}

/** The `result` of a success answer (fails the test on an error answer). */
export function resultOf(answer: RestAnswer): unknown {
  const body = answer.body as { result?: unknown; error?: string; error_description?: string }
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${body.error} ${body.error_description}`)
  return body.result
}

export function ids(rows: unknown): number[] {
  return (rows as Array<{ ID: string }>).map((row) => Number(row.ID))
}

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PortalEngine, RequestLogEntry } from '../contract.ts'
import { ALLOW_ORIGIN } from './cors.ts'
import {
  decideFault,
  GATEWAY_TIMEOUT_PAGE,
  INTERNAL_SERVER_ERROR,
  isWriteRequest,
  latencyMs,
  type FaultKind,
} from './faults.ts'
import { isRecord } from '../engine/php.ts'
import { BodyTooLargeError, readText, sendJson, sendJsonText, sendText } from './http.ts'
import type { PendingWork } from './pending.ts'

/** A PHP-style form parser (`FILTER[>ID]=5` → `{FILTER: {'>ID': '5'}}`), when the engine offers one. */
export type FormParser = (text: string) => Record<string, unknown>

export interface RestContext {
  engine: PortalEngine
  pending: PendingWork
  parseForm: FormParser | undefined
}

/** `/rest/<method>` and `/rest/<method>.json`; a method name has no slash. */
const REST_PATH = /^\/rest\/([^/]+?)(?:\.json)?$/

export function restMethodOf(pathname: string): string | undefined {
  const match = REST_PATH.exec(pathname)
  if (!match?.[1]) return undefined
  try {
    return decodeURIComponent(match[1])
  } catch {
    return undefined
  }
}

/**
 * `POST /rest/<method>`: parse, maybe fail on purpose, let the engine execute, wait the modelled
 * latency, answer. The engine runs when the request arrives, so with an `after` fault the write
 * has happened although the client never hears about it: the case an app must survive.
 */
export async function handleRest(
  ctx: RestContext,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  url: URL,
): Promise<void> {
  const started = Date.now()
  const parsed = await parseParams(ctx, req, url)
  if (typeof parsed === 'string') {
    sendJson(res, 400, { error: 'INVALID_REQUEST', error_description: parsed }, ALLOW_ORIGIN)
    return
  }
  const { engine, pending } = ctx
  const fault = decideFault(engine.settings.faults, isWriteRequest(method, parsed), () => engine.random())
  if (fault?.when === 'before') {
    const entry = engine.recordFault(method, parsed, fault.kind, started)
    await pending.delay(latencyMs(engine.settings.latency))
    endWithFault(ctx, req, res, fault.kind, entry, started)
    return
  }
  const answer = engine.handleRest(method, parsed, started)
  // Serialised now, inside the modelled time: requests answered in the same moment (a load's parallel
  // batches) would otherwise be serialised one after another on this one thread as they leave, where
  // Bitrix24's workers each encode their own answer.
  const text = JSON.stringify(answer.body)
  // The model is how long Bitrix24 takes to answer: this portal's own work so far is part of it, not extra.
  const modelled = latencyMs(engine.settings.latency, answer.commands)
  await pending.delay(Math.max(0, modelled - (Date.now() - started)))
  if (fault) {
    endWithFault(ctx, req, res, fault.kind, answer.logEntry, started)
    return
  }
  answer.logEntry.durationMs = Date.now() - started
  sendJsonText(res, answer.status, text, ALLOW_ORIGIN)
}

function endWithFault(
  ctx: RestContext,
  req: IncomingMessage,
  res: ServerResponse,
  kind: FaultKind,
  entry: RequestLogEntry,
  started: number,
): void {
  entry.fault = kind
  entry.durationMs = Date.now() - started
  if (kind === 'error500') {
    entry.status = 500
    entry.error = INTERNAL_SERVER_ERROR.error
    sendJson(res, 500, INTERNAL_SERVER_ERROR, ALLOW_ORIGIN)
  } else if (kind === 'drop') {
    // `status` stays what the engine would have answered (after) or recorded (before): the log shows
    // whether the write happened, `fault` shows that the client never heard.
    req.socket.destroy()
  } else {
    // No answer from Bitrix24: the front server gives up after a while, or only the client's own
    // timeout (axios: 30 s) ends it.
    const gatewayMs = ctx.engine.settings.faults.gatewayTimeoutMs
    if (gatewayMs > 0) {
      void ctx.pending.delay(gatewayMs).then(() => {
        entry.durationMs = Date.now() - started
        if (!res.destroyed) sendText(res, 504, GATEWAY_TIMEOUT_PAGE, 'text/html; charset=utf-8')
      })
    } else {
      ctx.pending.hold(req.socket, () => {
        entry.durationMs = Date.now() - started
      })
    }
  }
}

/** Query parameters (minus the SDK's `bx24_*` telemetry) under the body, as PHP's `$_REQUEST` merges them. */
async function parseParams(
  ctx: RestContext,
  req: IncomingMessage,
  url: URL,
): Promise<Record<string, unknown> | string> {
  let text: string
  try {
    text = await readText(req)
  } catch (error) {
    return error instanceof BodyTooLargeError ? error.message : 'Could not read the request body'
  }
  const query = new URLSearchParams(url.search)
  for (const key of [...query.keys()]) if (key.startsWith('bx24_')) query.delete(key)
  const queryParams =
    query.size === 0 ? {} : ctx.parseForm ? ctx.parseForm(query.toString()) : Object.fromEntries(query)
  const params = withBody(ctx, queryParams, text, (req.headers['content-type'] ?? '').toLowerCase())
  // A Bearer header comes before `auth` and `access_token` (docs/bitrix24.md "Limits, tokens and errors").
  const bearer = /^Bearer\s+(.*)$/i.exec(req.headers.authorization ?? '')?.[1]
  return typeof params === 'string' || bearer === undefined ? params : { ...params, auth: bearer }
}

/**
 * The body over the query, as `CRestUtil::getRequestData` reads it: JSON when sent as JSON (ignored when
 * it does not parse), a form as a form, anything else as a query string (docs/bitrix24.md "The parent
 * page and frame protocol").
 */
function withBody(
  ctx: RestContext,
  queryParams: Record<string, unknown>,
  text: string,
  type: string,
): Record<string, unknown> | string {
  if (text.trim() === '') return queryParams
  if (type.startsWith('application/json')) {
    try {
      const body: unknown = JSON.parse(text)
      return isRecord(body) ? { ...queryParams, ...body } : queryParams
    } catch {
      return queryParams
    }
  }
  if (!ctx.parseForm) return 'Form bodies are not supported by this local portal: send JSON'
  return { ...queryParams, ...ctx.parseForm(text.trim()) }
}

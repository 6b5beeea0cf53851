import {
  AxiosError,
  AxiosHeaders,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios'
import type { PortalEngine, RequestLogEntry } from '../../e2e/portal/contract.ts'
import { parsePhpQuery } from '../../e2e/portal/engine/engine.ts'
import {
  decideFault,
  INTERNAL_SERVER_ERROR,
  isWriteRequest,
  requestMethods,
  type FaultKind,
} from '../../e2e/portal/server/faults.ts'
import { restMethodOf } from '../../e2e/portal/server/rest.ts'
import { FailureRules, withCommandErrors } from './fail-when.ts'

/**
 * An axios adapter that hands the SDK's HTTP requests to the local portal's engine in process: what
 * the HTTP layer (`e2e/portal/server/rest.ts`) does over a socket, without the socket. The body is
 * parsed as the portal parses it (the app posts PHP-style forms), faults follow the engine's own
 * `faults` settings, and error answers reach the SDK as axios errors with their body, as over the wire.
 * Latency is not modelled: time in unit tests is the test's.
 */
export function engineAdapter(
  engine: PortalEngine,
  onRequest: (methods: string[]) => void = () => undefined,
  rules: FailureRules = new FailureRules(),
): AxiosAdapter {
  return async (config) => {
    const url = new URL(config.url ?? '', 'http://invalid')
    const method = restMethodOf(url.pathname)
    if (method === undefined)
      return answer(config, 404, { error: 'NOT_FOUND', error_description: url.pathname })
    const body = parseBody(config.data)
    onRequest(requestMethods(method, body))
    await rules.held(method, body)
    const now = Date.now()
    const taken = rules.decide(method, body)
    if (taken.kind === 'error') return answer(config, taken.error.status, taken.error.body)
    if (taken.kind === 'commands') {
      const result = engine.handleRest(method, taken.body, now)
      return answer(config, result.status, withCommandErrors(result.body, taken.errors))
    }
    const fault =
      taken.kind === 'fault'
        ? taken.fault
        : decideFault(engine.settings.faults, isWriteRequest(method, body), () => engine.random())
    if (fault?.when === 'before')
      return failWith(config, fault.kind, engine.recordFault(method, body, fault.kind, now))
    const result = engine.handleRest(method, body, now)
    if (fault) return failWith(config, fault.kind, result.logEntry)
    return answer(config, result.status, result.body)
  }
}

function parseBody(data: unknown): Record<string, unknown> {
  if (typeof data !== 'string' || data.trim() === '') return {}
  if (data.trimStart().startsWith('{')) return JSON.parse(data) as Record<string, unknown>
  return parsePhpQuery(data)
}

/** The answer as axios settles one: a status outside 2xx is thrown as an AxiosError carrying the response. */
function answer(config: InternalAxiosRequestConfig, status: number, body: unknown): Promise<AxiosResponse> {
  const response: AxiosResponse = {
    // Through JSON as on the wire: the SDK's own response parsing runs on it.
    data: JSON.stringify(body),
    status,
    statusText: String(status),
    headers: new AxiosHeaders({ 'content-type': 'application/json; charset=utf-8' }),
    config,
    request: {},
  }
  const valid = config.validateStatus ? config.validateStatus(status) : status >= 200 && status < 300
  if (valid) return Promise.resolve(response)
  const code = status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
  return Promise.reject(
    new AxiosError(`Request failed with status code ${status}`, code, config, {}, response),
  )
}

/** How a request the portal failed on purpose ends for the client (`e2e/portal/server/rest.ts` endWithFault). */
function failWith(
  config: InternalAxiosRequestConfig,
  kind: FaultKind,
  entry: RequestLogEntry,
): Promise<AxiosResponse> {
  entry.fault = kind
  if (kind === 'error500') {
    entry.status = 500
    entry.error = INTERNAL_SERVER_ERROR.error
    return answer(config, 500, INTERNAL_SERVER_ERROR)
  }
  // A dropped connection is axios's network error; a request that never answers ends at the client's timeout.
  const error =
    kind === 'drop'
      ? new AxiosError('Network Error', AxiosError.ERR_NETWORK, config, {})
      : new AxiosError(`timeout of ${config.timeout ?? 0}ms exceeded`, AxiosError.ECONNABORTED, config, {})
  return Promise.reject(error)
}

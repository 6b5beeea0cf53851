import type { B24Client, BatchOutcome, CallOutcome, Params } from '@/api/b24/client.ts'
import { fromRestError, toAppError, type AppError } from '@/api/b24/errors.ts'
import type { Portal } from '@/api/b24/portal.ts'

export type Handler = (method: string, params: Params) => unknown

/** A Portal whose REST answers come from `handler`: return a result (or `{result, total}` via `page`), or throw. */
export function fakePortal(
  handler: Handler,
  overrides: Partial<Portal> = {},
): Portal & { calls: string[]; refreshToken: () => void } {
  const calls: string[] = []
  let session = 1
  const answer = async (method: string, params: Params): Promise<CallOutcome> => {
    calls.push(method)
    const value = await handler(method, params)
    return isPage(value) ? { result: value.result, total: value.total } : { result: value, total: undefined }
  }
  const client: B24Client = {
    session: () => session,
    call: (method, params = {}) => answer(method, params),
    async batch(commands) {
      const outcomes: Record<string, BatchOutcome> = {}
      for (const [key, { method, params = {} }] of Object.entries(commands)) {
        try {
          outcomes[key] = { ok: true, ...(await answer(method, params)) }
        } catch (error) {
          outcomes[key] = { ok: false, error: toAppError(error) }
        }
      }
      return outcomes
    },
  }
  return {
    client,
    calls,
    /** The SDK got a new access token: Bitrix24's approval of the old one no longer counts. */
    refreshToken: () => {
      session += 1
    },
    lang: 'en',
    domain: 'https://acme.bitrix24.com',
    isAdmin: true,
    installMode: false,
    openPath: async () => undefined,
    setTitle: async () => undefined,
    fitWindow: async () => undefined,
    userOption: () => undefined,
    setUserOption: async () => undefined,
    installFinish: async () => undefined,
    ...overrides,
  }
}

const PAGE = Symbol('page')
export const page = (result: unknown[], total: number) => ({ [PAGE]: true, result, total })
const isPage = (value: unknown): value is { result: unknown; total: number } =>
  typeof value === 'object' && value !== null && PAGE in value

/** What the client throws for a Bitrix24 error answer with this code. */
export const restError = (code: string, status = 400, description = code): AppError =>
  fromRestError(code, description, status)

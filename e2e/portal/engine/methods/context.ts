import type { PortalSettings } from '../../contract.ts'
import type { PortalData, PortalUser } from '../types.ts'

/** What a method sees: the portal, the settings, who is calling, and the request's own state. */
export interface MethodContext {
  data: PortalData
  settings: PortalSettings
  /** The token's user (may be missing from the data if settings changed behind it). */
  caller: PortalUser | undefined
  callerId: number
  installed: boolean
  /** `start` as the REST server reads it: the lowercase name only, through `(int)`; 0 when absent. */
  start: number
  /** When the command runs, ms (a batch's commands run one after another). */
  now: number
  /** Asks the administrators to allow this method for the token; throws until one did (confirmations.ts). */
  requestConfirmation(): void
}

/** A method's answer before the `time` block: list methods add `total`/`next`. */
export interface MethodAnswer {
  result: unknown
  total?: number
  next?: number
}

/**
 * Params arrive as sent (minus `auth` and `start`): each method reads names with the case its server
 * code uses (docs/bitrix24.md "Parameters"). Errors are thrown as `RestError`.
 */
export type MethodHandler = (params: Record<string, unknown>, ctx: MethodContext) => MethodAnswer

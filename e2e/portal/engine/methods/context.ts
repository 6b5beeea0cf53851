import type { PortalSettings } from '../../contract.ts'
import type { PortalData, PortalUser } from '../types.ts'

/** What a method sees: the portal, the settings and who is calling. */
export interface MethodContext {
  data: PortalData
  settings: PortalSettings
  /** The token's user (may be missing from the data if settings changed behind it). */
  caller: PortalUser | undefined
  callerId: number
  installed: boolean
}

/** A method's answer before the `time` block: list methods add `total`/`next`. */
export interface MethodAnswer {
  result: unknown
  total?: number
  next?: number
}

/** Params arrive with upper-cased top-level names; errors are thrown as `RestError`. */
export type MethodHandler = (params: Record<string, unknown>, ctx: MethodContext) => MethodAnswer

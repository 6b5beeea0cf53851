import type { DeepPartial, PortalSettings } from '../contract.ts'
import { isRecord } from './php.ts'

export function defaultSettings(): PortalSettings {
  return {
    currentUserId: 1,
    permission: 'roles',
    callStatisticsPermission: 'roles',
    confirmationRequired: true,
    deactivateMode: 'broken',
    lineNamesReadable: true,
    noLines: false,
    portalEmailConfirmed: true,
    registrationFailsFor: [],
    appScopes: ['telephony', 'user_brief', 'department'],
    maxInputVars: 10_000,
    tokenLifetimeSeconds: 3600,
    bucket: { drainPerSecond: 2, limit: 50 },
    operatingLimitSeconds: 480,
    operatingWindowSeconds: 600,
    operatingMinimumSeconds: 0.1,
    latency: { perRequestMs: 0, perCommandMs: 0, perMethodMs: {}, perRowMs: {} },
    faults: {
      rate: 0,
      kinds: ['error500', 'drop', 'timeout'],
      scope: 'all',
      when: 'either',
      gatewayTimeoutMs: 0,
    },
    frame: {
      answerInitData: true,
      answerRefreshAuth: true,
      answerOpenPath: true,
      installReloadDelayMs: 500,
      userOptionSaveDelayMs: 5000,
    },
    lang: 'en',
    installMode: false,
  }
}

/** A new settings object: nested objects merge, arrays and scalars replace, `undefined` leaves a value alone. */
export function mergeSettings(settings: PortalSettings, patch: DeepPartial<PortalSettings>): PortalSettings {
  return deepMerge(settings, patch) as PortalSettings
}

function deepMerge(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return patch
  const out: Record<string, unknown> = isRecord(target) ? { ...target } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue
    out[key] = isRecord(value) ? deepMerge(out[key], value) : Array.isArray(value) ? [...value] : value
  }
  return out
}

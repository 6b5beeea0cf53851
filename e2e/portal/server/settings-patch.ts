import type { DeepPartial, PortalSettings } from '../contract.ts'
import { isRecord } from '../engine/php.ts'

/** Values a string setting may take, by dotted path; other strings are free (but must be strings). */
const ENUMS: Record<string, readonly string[]> = {
  permission: ['roles', 'any', 'department', 'own', 'none'],
  callStatisticsPermission: ['roles', 'any', 'department', 'own', 'none'],
  deactivateMode: ['working', 'broken'],
  'faults.scope': ['reads', 'writes', 'all'],
  'faults.when': ['before', 'after', 'either'],
  'faults.kinds[]': ['error500', 'drop', 'timeout'],
}

/** Arrays of user ids rather than strings. */
const ID_ARRAYS = new Set(['registrationFailsFor'])

/** Objects whose keys are free (method names) and whose values are numbers of at least 0. */
const NUMBER_MAPS = new Set(['latency.perMethodMs', 'latency.perRowMs'])

/** Numbers with bounds tighter than "finite and not negative". */
const RANGES: Record<string, { min: number; max: number; integer?: boolean }> = {
  'faults.rate': { min: 0, max: 1 },
  currentUserId: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
  maxInputVars: { min: 1, max: 1_000_000, integer: true },
  operatingWindowSeconds: { min: 1, max: 86_400, integer: true },
  'frame.installReloadDelayMs': { min: 0, max: 600_000, integer: true },
  'frame.userOptionSaveDelayMs': { min: 0, max: 600_000, integer: true },
}

export type PatchResult = { ok: true; patch: DeepPartial<PortalSettings> } | { ok: false; error: string }

/**
 * Checks a settings patch against the shape of the current settings, so a typo (`latency.perRequest`)
 * is a 400 that names the key instead of a setting silently ignored.
 */
export function validateSettingsPatch(patch: unknown, current: PortalSettings): PatchResult {
  if (!isRecord(patch)) return { ok: false, error: 'Settings patch must be a JSON object' }
  const error = check(patch, current as unknown as Record<string, unknown>, '')
  return error ? { ok: false, error } : { ok: true, patch: patch as DeepPartial<PortalSettings> }
}

function check(
  patch: Record<string, unknown>,
  shape: Record<string, unknown>,
  prefix: string,
): string | undefined {
  for (const [key, value] of Object.entries(patch)) {
    const path = prefix + key
    if (!(key in shape)) return `Unknown setting "${path}"`
    const expected = shape[key]
    const error = checkValue(value, expected, path)
    if (error) return error
  }
  return undefined
}

function checkValue(value: unknown, expected: unknown, path: string): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(value)) return `"${path}" must be an array`
    if (ID_ARRAYS.has(path))
      return value.every((item) => Number.isSafeInteger(item) && Number(item) > 0)
        ? undefined
        : `"${path}" may only contain user ids (positive integers)`
    const allowed = ENUMS[`${path}[]`]
    const bad = value.find(
      (item) => typeof item !== 'string' || (allowed !== undefined && !allowed.includes(item)),
    )
    return bad === undefined ? undefined : `"${path}" may only contain ${allowed?.join(', ') ?? 'strings'}`
  }
  if (NUMBER_MAPS.has(path)) {
    if (!isRecord(value)) return `"${path}" must be an object`
    const bad = Object.entries(value).find(([, item]) => typeof item !== 'number' || !(item >= 0))
    return bad ? `"${path}.${bad[0]}" must be a number of at least 0` : undefined
  }
  if (isRecord(expected)) {
    return isRecord(value) ? check(value, expected, `${path}.`) : `"${path}" must be an object`
  }
  if (typeof value !== typeof expected) return `"${path}" must be a ${typeof expected}`
  if (typeof value === 'number') {
    const range = RANGES[path] ?? { min: 0, max: Number.MAX_SAFE_INTEGER }
    if (!Number.isFinite(value) || value < range.min || value > range.max)
      return `"${path}" must be between ${range.min} and ${range.max}`
    if (range.integer && !Number.isInteger(value)) return `"${path}" must be an integer`
  }
  if (typeof value === 'string') {
    const allowed = ENUMS[path]
    if (allowed && !allowed.includes(value)) return `"${path}" must be one of ${allowed.join(', ')}`
    if (path === 'lang' && !/^[a-z]{2}$/.test(value))
      return '"lang" must be a two-letter Bitrix24 language code'
  }
  return undefined
}

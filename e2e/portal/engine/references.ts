import { isRecord } from './php.ts'

/**
 * What a batch's commands so far have answered, by the names `$…[key]` references use: `result`,
 * `next`, `total`, `time` and `error` (then `error_description` too, once a command failed), each by
 * command key (`methodsBatch`'s `$arResult`).
 */
export type BatchSoFar = ReadonlyMap<string, ReadonlyMap<string, unknown>>

/**
 * `$result[key][0][ID]` in a batch command's parameter values → that piece of an earlier command's
 * answer, exactly as `CRestUtil::processBatchElement` does it (docs/bitrix24.md "Batch"):
 * - a reference is `$` + one of the names above (any case is found, but only the exact name has
 *   values) + everything up to the next white space, whose `[…]` parts are the path;
 * - the path is walked while each part is set (an array's key, a string's offset); at the first part
 *   that is not, the walk stops where it is: a reference past a list's end gives the list;
 * - a value that is one whole reference takes what the walk reached as it is (an array stays an array);
 * - inside longer text a number is printed, a string put in; anything else (an array, true, null)
 *   leaves the reference's text as it was.
 */
export function resolveReferences(
  params: Record<string, unknown>,
  soFar: BatchSoFar,
): Record<string, unknown> {
  const resolved = resolveValue(params, soFar)
  return isRecord(resolved) ? resolved : {}
}

function resolveValue(value: unknown, soFar: BatchSoFar): unknown {
  if (typeof value === 'string') return resolveString(value, soFar)
  if (Array.isArray(value)) return value.map((item) => resolveValue(item, soFar))
  if (isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) out[key] = resolveValue(child, soFar)
    return out
  }
  return value
}

function resolveString(text: string, soFar: BatchSoFar): unknown {
  if (!text.includes('$')) return text // most values: thousands of ids a command, none a reference
  const reference = referencePattern(soFar)
  if (!reference) return text
  let value: unknown = text
  for (const [match, name = '', path = ''] of text.matchAll(reference)) {
    const keys = [...path.matchAll(/\[([^\]]+)\]/g)].map(([, key]) => key ?? '')
    if (keys.length === 0) continue
    const reached = walk(soFar.get(name), keys)
    if (match === text) {
      value = reached
      continue
    }
    const printed = typeof reached === 'number' ? phpNumber(reached) : reached
    if (typeof printed !== 'string' || typeof value !== 'string') continue
    value = value.split(match).join(printed) // str_replace: every occurrence
  }
  return value
}

/** The names' pattern, made once per batch so far: a command may hold thousands of references. */
const patterns = new WeakMap<BatchSoFar, { size: number; pattern: RegExp | undefined }>()

function referencePattern(soFar: BatchSoFar): RegExp | undefined {
  // The names only ever grow in number (each is added once), so the count tells when they changed.
  let made = patterns.get(soFar)
  if (made?.size !== soFar.size) {
    const names = [...soFar.keys()].map((name) => name.replace(/[^\w]/g, '')).join('|')
    made = {
      size: soFar.size,
      pattern: names === '' ? undefined : new RegExp(String.raw`\$(${names})(\S*)`, 'gi'),
    }
    patterns.set(soFar, made)
  }
  return made.pattern
}

/** PHP's `isset($r[$key])` walk: stops at the first key not set (missing or null) and keeps what it has. */
function walk(start: unknown, keys: string[]): unknown {
  let current: unknown = start
  for (const key of keys) {
    const next = member(current, key)
    if (next === undefined || next === null) break
    current = next
  }
  return current instanceof Map ? Object.fromEntries(current) : current
}

function member(value: unknown, key: string): unknown {
  if (value instanceof Map) return value.get(key) // the answers by command key
  if (Array.isArray(value)) return /^\d+$/.test(key) ? value[Number(key)] : undefined
  if (isRecord(value)) return Object.hasOwn(value, key) ? value[key] : undefined
  if (typeof value === 'string' && /^-?\d+$/.test(key)) {
    const at = Number(key) < 0 ? value.length + Number(key) : Number(key)
    return at >= 0 && at < value.length ? value.charAt(at) : undefined
  }
  return undefined
}

/** `(string)` of a PHP number: integers as digits, floats as PHP prints them (precision 14). */
function phpNumber(value: number): string {
  if (Number.isInteger(value)) return String(value)
  return String(Number(value.toPrecision(14)))
}

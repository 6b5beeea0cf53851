import { isRecord } from './php.ts'

const REFERENCE = /\$result\[([^\]]+)\]((?:\[[^\]]*\])*)/g

/**
 * `$result[key][0][ID]` in a batch command's parameter values → that piece of an earlier command's
 * result (docs/bitrix24.md "Batch"). A value that is one whole reference takes the
 * referenced value as it is (an array stays an array); inside longer text it is printed the PHP way.
 */
export function resolveReferences(
  params: Record<string, unknown>,
  results: ReadonlyMap<string, unknown>,
): Record<string, unknown> {
  const resolved = resolveValue(params, results)
  return isRecord(resolved) ? resolved : {}
}

function resolveValue(value: unknown, results: ReadonlyMap<string, unknown>): unknown {
  if (typeof value === 'string') return resolveString(value, results)
  if (Array.isArray(value)) return value.map((item) => resolveValue(item, results))
  if (isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) out[key] = resolveValue(child, results)
    return out
  }
  return value
}

function resolveString(text: string, results: ReadonlyMap<string, unknown>): unknown {
  const whole = new RegExp(`^${REFERENCE.source}$`).exec(text)
  if (whole) return lookup(whole[1] ?? '', whole[2] ?? '', results) ?? ''
  return text.replace(REFERENCE, (_match, key: string, path: string) => phpString(lookup(key, path, results)))
}

function lookup(key: string, path: string, results: ReadonlyMap<string, unknown>): unknown {
  let current: unknown = results.get(key)
  for (const [, segment] of path.matchAll(/\[([^\]]*)\]/g)) {
    if (Array.isArray(current)) current = current[Number(segment)]
    else if (isRecord(current)) current = current[segment ?? '']
    else return undefined
  }
  return current
}

/** How PHP prints a value into a string: true → "1", false/null → "", an array → "Array". */
function phpString(value: unknown): string {
  if (value === undefined || value === null || value === false) return ''
  if (value === true) return '1'
  if (typeof value === 'object') return 'Array'
  return String(value)
}

/** The few PHP semantics Bitrix24's REST server leaks into its answers and its parameter handling. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** PHP's `(int)`: leading number of a string, 1 for a non-empty array, 0 for anything unusable. */
export function phpInt(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') {
    const match = /^[ \t\n\r\v\f]*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)/.exec(value)
    const number = match?.[1] === undefined ? 0 : Number(match[1])
    return Number.isFinite(number) ? Math.trunc(number) : 0
  }
  if (Array.isArray(value)) return value.length > 0 ? 1 : 0
  if (isRecord(value)) return Object.keys(value).length > 0 ? 1 : 0
  return 0
}

/** PHP truthiness: `"0"`, `""`, `0`, `false`, `null` and empty arrays are false; the string "false" is true. */
export function phpTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false
  if (value === 0 || value === '' || value === '0') return false
  if (Array.isArray(value)) return value.length > 0
  if (isRecord(value)) return Object.keys(value).length > 0
  return true
}

/** ASCII-only upper case, as PHP's `strtoupper`/`array_change_key_case` do. */
export function asciiUpper(text: string): string {
  return text.replace(/[a-z]+/g, (part) => part.toUpperCase())
}

/**
 * The server upper-cases top-level parameter names and the later one wins, so `filter` replaces an
 * earlier `FILTER` (docs/bitrix24.md "Parameters").
 */
export function upperKeys(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(params)) out[asciiUpper(key)] = value
  return out
}

/** `json_encode` of a PHP array: a list when the keys are 0..n-1 in order, an object otherwise; empty is `[]`. */
export function phpCollection(entries: ReadonlyArray<readonly [string | number, unknown]>): unknown {
  const isList = entries.every(([key], index) => String(key) === String(index))
  if (isList) return entries.map(([, value]) => value)
  const out: Record<string, unknown> = {}
  for (const [key, value] of entries) out[String(key)] = value
  return out
}

/** The values of a PHP array that came as JSON (array or object) or as one scalar. */
export function phpValues(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (isRecord(value)) return Object.values(value)
  return [value]
}

/** A PHP array that came as JSON: a list or an object, as one record keyed like PHP would. */
export function phpArray(value: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, index) => [String(index), item]))
  return isRecord(value) ? value : undefined
}

/** `htmlspecialcharsbx` (ENT_COMPAT): `&`, `<`, `>` and `"` become entities, `'` stays. */
export function htmlspecialcharsbx(text: string): string {
  return text.replace(/[&<>"]/g, (char) => HTML_ENTITIES[char] ?? char)
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

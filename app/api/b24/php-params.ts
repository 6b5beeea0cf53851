type Params = Record<string, unknown>

/**
 * REST parameters as a PHP form carries them, checked before anything is sent. Booleans become 1 and 0
 * everywhere, batch commands included: the SDK writes each command as a query string itself, where
 * `false` would be the text "false", which PHP reads as true (docs/bitrix24.md "Batch"). `null`,
 * `undefined`, `[]` and `{}` are refused: a form drops them, so Bitrix24 would see the parameter missing
 * (a different call: "Parameter USER_ID is not set" instead of an empty list), never empty.
 */
export function phpParams(params: Params): Params {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, phpValue(value, key)]))
}

function phpValue(value: unknown, path: string): unknown {
  if (value === true) return 1
  if (value === false) return 0
  if (value === null || value === undefined) throw vanishing(path, String(value))
  if (Array.isArray(value)) {
    if (value.length === 0) throw vanishing(path, 'an empty array')
    return value.map((item, index) => phpValue(item, `${path}[${index}]`))
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value)
    if (entries.length === 0) throw vanishing(path, 'an empty object')
    return Object.fromEntries(entries.map(([key, item]) => [key, phpValue(item, `${path}[${key}]`)]))
  }
  return value
}

function vanishing(path: string, what: string): Error {
  return new TypeError(
    `REST parameter ${path} is ${what}: a form post drops it, so Bitrix24 would not see it`,
  )
}

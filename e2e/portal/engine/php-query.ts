/**
 * PHP's `parse_str` for batch commands and form bodies: `FILTER%5B%3EID%5D=5&USER_ID[]=1` →
 * `{FILTER: {'>ID': '5'}, USER_ID: ['1']}`. Values stay strings, as in PHP.
 */
type PhpKey = string | number
type PhpNode = string | PhpArray
type PhpArray = Map<PhpKey, PhpNode>

/** PHP's default `max_input_vars`: variables past it are dropped, with a warning only in the server log. */
export const MAX_INPUT_VARS = 1000

export function parsePhpQuery(
  text: string,
  { maxInputVars = MAX_INPUT_VARS }: { maxInputVars?: number } = {},
): Record<string, unknown> {
  const root: PhpArray = new Map()
  let count = 0
  for (const pair of text.split('&')) {
    if (pair === '') continue
    if (++count > maxInputVars) break
    const eq = pair.indexOf('=')
    const rawKey = eq === -1 ? pair : pair.slice(0, eq)
    const value = eq === -1 ? '' : urlDecode(pair.slice(eq + 1))
    const path = parseKey(urlDecode(rawKey))
    if (path) assign(root, path, value)
  }
  const out: Record<string, unknown> = {}
  for (const [key, node] of root) out[String(key)] = toJson(node)
  return out
}

/** `urldecode`: `+` is a space, a broken `%` escape stays as it is, bytes are read as UTF-8. */
export function urlDecode(text: string): string {
  if (!/[%+]/.test(text)) return text
  const plain = text.replace(/\+/g, ' ')
  try {
    // The engine's own decoder where every escape is whole and the bytes are UTF-8 (what clients send).
    return decodeURIComponent(plain)
  } catch {
    return decodeBytes(plain)
  }
}

/** `urlDecode` of text `decodeURIComponent` refuses: escapes kept where broken, bytes not UTF-8 replaced. */
function decodeBytes(text: string): string {
  // Escapes are ASCII, so they are found among the text's UTF-8 bytes; decoding only shortens it.
  const bytes = encoder.encode(text)
  const out = new Uint8Array(bytes.length)
  let length = 0
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0
    const high = byte === PERCENT ? hexValue(bytes[i + 1]) : -1
    const low = high === -1 ? -1 : hexValue(bytes[i + 2])
    if (low !== -1) {
      out[length++] = high * 16 + low
      i += 2
    } else out[length++] = byte
  }
  return decoder.decode(out.subarray(0, length))
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()
const PERCENT = 0x25

/** A hex digit's value, or -1. */
function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30
  const lower = byte | 0x20
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1
}

/** `a.b[x][]` → `['a_b', 'x', null]` (null = append); undefined when PHP would drop the pair. */
function parseKey(key: string): Array<string | null> | undefined {
  const trimmed = key.replace(/^ +/, '')
  const open = trimmed.indexOf('[')
  if (open === 0) return undefined
  const hasSegments = open > 0 && trimmed.indexOf(']', open) !== -1
  const baseRaw = hasSegments ? trimmed.slice(0, open) : trimmed
  // PHP turns spaces and dots of the variable name into underscores; after an unterminated first '[',
  // that bracket and every later space, dot and '[' too.
  const base = hasSegments ? baseRaw.replace(/[ .]/g, '_') : baseRaw.replace(/[ .[]/g, '_')
  if (base === '') return undefined
  const path: Array<string | null> = [base]
  let rest = hasSegments ? trimmed.slice(open) : ''
  while (rest.startsWith('[')) {
    const close = rest.indexOf(']')
    if (close === -1) break
    const segment = rest.slice(1, close)
    // PHP skips one whitespace character before looking for ']': `a[ ]` appends like `a[]`.
    path.push(/^\s?$/.test(segment) ? null : segment)
    rest = rest.slice(close + 1)
  }
  return path
}

/** PHP turns canonical decimal integer keys ("0", "-3", not "03") into integers. */
function phpKey(segment: string): PhpKey {
  return /^(0|-?[1-9]\d*)$/.test(segment) && Number.isSafeInteger(Number(segment)) ? Number(segment) : segment
}

function nextIndex(array: PhpArray): number {
  let next = 0
  for (const key of array.keys()) if (typeof key === 'number' && key >= next) next = key + 1
  return next
}

function assign(root: PhpArray, path: Array<string | null>, value: string): void {
  let current = root
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]
    const key = segment === null || segment === undefined ? nextIndex(current) : phpKey(segment)
    if (i === path.length - 1) {
      current.set(key, value)
      return
    }
    const existing = current.get(key)
    if (existing instanceof Map) current = existing
    else {
      // A scalar met by a deeper key is replaced by an array, as PHP does.
      const created: PhpArray = new Map()
      current.set(key, created)
      current = created
    }
  }
}

/**
 * A parsed object's keys in body order: PHP keeps it, while a JavaScript object lists integer keys
 * first. Kept out of sight (not enumerable) for whoever needs the order, such as a batch's `cmd`.
 */
const KEY_ORDER = Symbol('php key order')

export function phpKeyOrder(value: Record<string, unknown>): string[] {
  const order: unknown = Object.getOwnPropertyDescriptor(value, KEY_ORDER)?.value
  return Array.isArray(order) ? order.map(String) : Object.keys(value)
}

function toJson(node: PhpNode): unknown {
  if (typeof node === 'string') return node
  const entries = [...node.entries()]
  if (entries.every(([key], index) => key === index)) return entries.map(([, child]) => toJson(child))
  const out: Record<string, unknown> = {}
  for (const [key, child] of entries) out[String(key)] = toJson(child)
  Object.defineProperty(out, KEY_ORDER, { value: entries.map(([key]) => String(key)) })
  return out
}

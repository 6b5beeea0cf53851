/**
 * Compares an answer of the local portal with an example answer from the REST docs: every key the
 * example shows must be there with the same JSON type (docs/bitrix24.md "Contract tests"). Extra keys
 * are fine; the rules name the documented exceptions.
 */
export interface ShapeRules {
  /** Paths the portal must leave out (e.g. `result[].EMAIL`: scope user_brief withholds it). */
  withheld?: readonly string[]
  /** Paths that may be absent: a NULL the server leaves out (the root department's PARENT). */
  optional?: readonly string[]
  /** Paths documented as "string or null" where the example happens to show one of the two. */
  nullable?: readonly string[]
  /** Objects whose keys are data (`voximplant.line.get`'s `{LINE_ID: NAME}`): only values are compared. */
  maps?: readonly string[]
}

type JsonType = 'null' | 'string' | 'number' | 'boolean' | 'array' | 'object'

function jsonType(value: unknown): JsonType {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  const type = typeof value
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object'
}

/** The differences, one line each (`result[].ID: number, docs string`); empty when the shapes agree. */
export function shapeDrift(example: unknown, answer: unknown, rules: ShapeRules = {}): string[] {
  const problems: string[] = []
  compare([example], answer, '', rules, problems)
  return problems
}

/** `docs` are the example's values at this place (several for the items of an array). */
function compare(docs: unknown[], ours: unknown, path: string, rules: ShapeRules, problems: string[]): void {
  const allowed = new Set(docs.map(jsonType))
  if (rules.nullable?.includes(path)) allowed.add('null').add('string')
  const type = jsonType(ours)
  if (!allowed.has(type)) {
    problems.push(`${path || '(answer)'}: ${type}, docs ${[...allowed].join(' or ')}`)
    return
  }
  if (type === 'array') {
    const items = docs.filter(Array.isArray).flat()
    if (items.length > 0)
      for (const item of ours as unknown[]) compare(items, item, `${path}[]`, rules, problems)
  } else if (type === 'object') {
    compareObject(docs.filter(isObject), ours as Record<string, unknown>, path, rules, problems)
  }
}

function compareObject(
  docs: Array<Record<string, unknown>>,
  ours: Record<string, unknown>,
  path: string,
  rules: ShapeRules,
  problems: string[],
): void {
  if (rules.maps?.includes(path)) {
    const values = docs.flatMap((doc) => Object.values(doc))
    for (const [key, value] of Object.entries(ours)) compare(values, value, `${path}.${key}`, rules, problems)
    return
  }
  const keys = new Set(docs.flatMap((doc) => Object.keys(doc)))
  for (const key of keys) {
    const at = path === '' ? key : `${path}.${key}`
    const values = docs.filter((doc) => key in doc).map((doc) => doc[key])
    if (rules.withheld?.includes(at)) {
      if (key in ours) problems.push(`${at}: present, but withheld on purpose`)
    } else if (key in ours) compare(values, ours[key], at, rules, problems)
    else if (values.length === docs.length && !rules.optional?.includes(at)) problems.push(`${at}: missing`)
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return jsonType(value) === 'object'
}

/** An object with string keys (not an array, not null): what a JSON object or a REST answer's map is. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

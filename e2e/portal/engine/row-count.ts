import { isRecord } from './php.ts'

/**
 * How many rows an answer holds, for the latency model (docs/bitrix24.md "Latency model"): a list's
 * items, an object's keys (`voximplant.line.get` answers `{LINE_ID: NAME}`), else 1.
 */
export function rowCount(result: unknown): number {
  if (Array.isArray(result)) return result.length
  if (isRecord(result)) return Object.keys(result).length
  return 1
}

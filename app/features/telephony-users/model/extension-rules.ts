import type { Employee } from './types.ts'

/**
 * Bitrix24 keeps an extension's digits only and accepts 1 to 4 of them (docs/bitrix24.md "user.update and
 * the extension"). The app is stricter than the server, which strips letters silently: only digits and
 * the separators people type ("12 34", "12-34") are accepted, so "ext 12" never quietly becomes "12".
 */
export const MAX_EXTENSION_DIGITS = 4

export type ExtensionCheck =
  /** `value` is what to send: digits, or '' to remove the extension. */
  | { ok: true; value: string }
  | { ok: false; reason: 'characters' | 'length' }
  /** Held by other active employees: Bitrix24 refuses the number (and queues' numbers the app cannot see). */
  | { ok: false; reason: 'taken'; holders: number[] }

const SEPARATORS = /[\s().-]/g

/** The digits Bitrix24 would store, or null when the text holds anything else. */
export function normalizeExtension(text: string): string | null {
  const stripped = text.replace(SEPARATORS, '')
  return /^\d*$/.test(stripped) ? stripped : null
}

/** Extensions of the employees the app holds, each with who holds it. */
export function holdersByExtension(employees: readonly Employee[]): Map<string, number[]> {
  const holders = new Map<string, number[]>()
  for (const employee of employees) {
    if (!employee.extension) continue
    const ids = holders.get(employee.extension)
    if (ids) ids.push(employee.id)
    else holders.set(employee.extension, [employee.id])
  }
  return holders
}

/** What Bitrix24 would say to `text` as `employeeId`'s extension, checked before anything is sent. */
export function checkExtension(
  text: string,
  employeeId: number,
  holders: ReadonlyMap<string, readonly number[]>,
): ExtensionCheck {
  const value = normalizeExtension(text)
  if (value === null) return { ok: false, reason: 'characters' }
  if (value === '') return { ok: true, value }
  if (value.length > MAX_EXTENSION_DIGITS) return { ok: false, reason: 'length' }
  const others = (holders.get(value) ?? []).filter((id) => id !== employeeId)
  return others.length > 0 ? { ok: false, reason: 'taken', holders: others } : { ok: true, value }
}

import { fold } from './cell-text.ts'
import type { ImportEmployee, WhoKind } from './types.ts'

/** Whom a line names, or why it names nobody the import may change. */
export type Match =
  | { kind: 'found'; employee: ImportEmployee }
  | { kind: 'not-found' }
  /** Several active employees fit (two Anna Petrovas): the admin must use the ID or e-mail. */
  | { kind: 'ambiguous'; candidates: number[] }
  /** Only a dismissed employee fits: Bitrix24 frees their number, the import does not give them one. */
  | { kind: 'inactive'; employee: ImportEmployee }
  /** E-mails are not readable without the scope `user`. */
  | { kind: 'email-unavailable' }
  | { kind: 'empty' }

export type Matcher = (kind: WhoKind, text: string) => Match

/** Indexes the employees once; a 50,000-line file is then matched in one pass. */
export function createMatcher(employees: readonly ImportEmployee[]): Matcher {
  const byId = new Map(employees.map((e) => [e.id, e]))
  const byEmail = group(employees, (e) => (e.email ? [e.email.trim().toLowerCase()] : []))
  const byName = group(employees, (e) => [nameKey(e.fullName)])
  const byExtension = group(employees, (e) => (e.extension ? [e.extension] : []))
  const emailsKnown = employees.some((e) => e.email !== null)
  return (kind, text) => {
    const value = text.trim()
    if (value === '') return { kind: 'empty' }
    switch (kind) {
      case 'id': {
        const employee = /^\d+$/.test(value) ? byId.get(Number(value)) : undefined
        if (!employee) return { kind: 'not-found' }
        return employee.active ? { kind: 'found', employee } : { kind: 'inactive', employee }
      }
      case 'email':
        return emailsKnown ? pick(byEmail.get(value.toLowerCase())) : { kind: 'email-unavailable' }
      case 'extension':
        return pick(byExtension.get(value.replace(/[\s().-]/g, '')))
      case 'name':
      case 'name-parts':
        return pick(byName.get(nameKey(value)) ?? withPatronymic(byName, value))
    }
  }
}

/** One active employee is a match; several are ambiguous; only dismissed ones say so. */
function pick(found: readonly ImportEmployee[] | undefined): Match {
  const active = (found ?? []).filter((e) => e.active)
  const [first] = active
  if (first && active.length === 1) return { kind: 'found', employee: first }
  if (active.length > 1) return { kind: 'ambiguous', candidates: active.map((e) => e.id) }
  const [dismissed] = found ?? []
  return dismissed ? { kind: 'inactive', employee: dismissed } : { kind: 'not-found' }
}

/** Words in any order, case and accents ignored: "PETROVA Anna" is Anna Petrova. */
export function nameKey(name: string): string {
  return fold(name).split(' ').filter(Boolean).sort().join(' ')
}

/**
 * Russian lists often write "Petrova Anna Andreevna": the full name with the patronymic, which the
 * app's name does not carry. Employees whose two name words are both among the line's fit.
 */
function withPatronymic(
  byName: ReadonlyMap<string, ImportEmployee[]>,
  value: string,
): ImportEmployee[] | undefined {
  const words = [...new Set(fold(value).split(' ').filter(Boolean))]
  if (words.length < 3 || words.length > 6) return undefined
  const found = new Set<ImportEmployee>()
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++)
      for (const e of byName.get(nameKey(`${words[i]} ${words[j]}`)) ?? []) found.add(e)
  return found.size > 0 ? [...found] : undefined
}

function group<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) for (const key of keys(item)) out.set(key, [...(out.get(key) ?? []), item])
  return out
}

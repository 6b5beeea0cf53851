import type { Employee } from '../model/types.ts'

/** Lower case without diacritics, so "angstrom" finds "Ångström" and "ё" finds "е". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е')
}

export interface Searchable {
  employee: Employee
  haystack: string
}

const searchables = new WeakMap<Employee, Searchable>()

/**
 * Precomputed once per employee (the list streams in, and its employees are kept, not copied): a
 * keystroke then only scans strings.
 */
export function toSearchable(employees: readonly Employee[]): Searchable[] {
  return employees.map((employee) => {
    let item = searchables.get(employee)
    if (!item) {
      item = { employee, haystack: fold(employee.fullName) }
      searchables.set(employee, item)
    }
    return item
  })
}

/**
 * By name (every word, in any order) or by extension (digits: extensions starting with them); null for
 * an empty query, which matches everyone.
 */
export function searchMatcher(query: string): ((item: Searchable) => boolean) | null {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return null
  const digits = /^\d+$/.test(query.trim()) ? query.trim() : null
  return ({ employee, haystack }) =>
    (digits !== null && employee.extension?.startsWith(digits)) ||
    words.every((word) => haystack.includes(word))
}

/** What the benchmark looks for in the app, by the names a person or a screen reader would use (English UI). */
export const APP_FRAME = 'iframe[name*="|"]'
export const TABLE_LABEL = 'Employees and their SIP phones'
export const SEARCH_LABEL = 'Search by name or extension'

/** A count as the app prints it: "20,000", "20 000" or "20000" depending on the locale's grouping. */
export function countPattern(count: number): string {
  const digits = String(Math.trunc(count))
  const groups: string[] = []
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end))
  return groups.join("[,.\\s\\u00a0\\u202f']?")
}

/** The toolbar's status once every employee is in and nothing is filtered out: "N of N employees". */
export function fullStatusPattern(employees: number): RegExp {
  const n = countPattern(employees)
  return new RegExp(`^${n} of ${n} employees?$`)
}

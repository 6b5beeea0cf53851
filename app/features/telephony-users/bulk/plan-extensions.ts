import { MAX_EXTENSION_DIGITS } from '../model/extension-rules.ts'
import type { Employee } from '../model/types.ts'

/** Numbers from `from` to `to`; `width` pads them ("0100"–"0199" stays four digits). */
export interface ExtensionRange {
  from: number
  to: number
  width: number
}

const DIGITS = new RegExp(`^\\d{1,${MAX_EXTENSION_DIGITS}}$`)

/** The range the administrator typed, or null when it is not 1–4 digit numbers, first not above last. */
export function parseRange(fromText: string, toText: string): ExtensionRange | null {
  const from = fromText.trim()
  const to = toText.trim()
  if (!DIGITS.test(from) || !DIGITS.test(to) || Number(from) > Number(to)) return null
  return { from: Number(from), to: Number(to), width: from.startsWith('0') ? from.length : 0 }
}

export type PlanRow =
  | { employee: Employee; action: 'assign'; extension: string }
  /** Has an extension and the administrator did not ask to replace it. */
  | { employee: Employee; action: 'keep' }
  /** The range ran out of free numbers. */
  | { employee: Employee; action: 'none-free' }

/**
 * Who gets which extension, before anything is sent: the employees in the order given (the table's),
 * each the lowest free number of the range. A number is free when no employee holds it, it was not just
 * given to someone else, and it is not in `exclude` (numbers Bitrix24 refused, e.g. a queue's).
 */
export function planExtensions({
  employees,
  range,
  replace,
  taken,
  exclude = new Set(),
}: {
  employees: readonly Employee[]
  range: ExtensionRange
  replace: boolean
  /** Every extension the directory holds. */
  taken: ReadonlySet<string>
  exclude?: ReadonlySet<string>
}): PlanRow[] {
  let next = range.from
  const given = new Set<string>()
  const free = (number: string) => !taken.has(number) && !exclude.has(number) && !given.has(number)
  return employees.map((employee): PlanRow => {
    if (employee.extension && !replace) return { employee, action: 'keep' }
    for (; next <= range.to; next++) {
      const extension = String(next).padStart(range.width, '0')
      if (!free(extension)) continue
      given.add(extension)
      next++
      return { employee, action: 'assign', extension }
    }
    return { employee, action: 'none-free' }
  })
}

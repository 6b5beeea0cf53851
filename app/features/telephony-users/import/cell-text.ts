import type { CellValue } from './types.ts'

/** A cell as text: a whole number as its digits (Excel stores 101 as a number), a date as ISO. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString()
  return String(value).trim()
}

/**
 * A name or header made comparable: lower case, accents and punctuation gone, `ё` as `е`, one space
 * between words ("Ф.И.О." and "фио", "Correo electrónico" and "correo electronico" meet).
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

import { sleep } from '@/lib/sleep.ts'

let markShown: () => void = () => undefined
const shown = new Promise<void>((resolve) => (markShown = resolve))

/**
 * The screen calls it once it has drawn the list's first batch (rows, or the empty state a filter
 * leaves): the list's later pages wait for that (`get-directory.ts`).
 */
export function markRowsShown(): void {
  markShown()
}

/**
 * Resolves once the screen has drawn the list's first batch in this page's life, or after `maxMs`:
 * where the table never shows (an error screen) the list still loads.
 */
export function whenRowsShown(maxMs: number): Promise<void> {
  return Promise.race([shown, sleep(maxMs)])
}

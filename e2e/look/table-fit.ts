import type { FrameLocator, Locator } from '@playwright/test'
import { expect } from '../fixtures.ts'

/**
 * The cell, and any button in it, whose content is wider than its box: a clipped header or a control cut
 * off. Text inside that ends in an ellipsis clips itself, so it does not count (its whole value is on
 * hover or in the panel); a control or a text without one pushes the cell wider.
 */
export async function clipped(cell: Locator): Promise<string[]> {
  return cell.evaluate((root) =>
    [root, ...root.querySelectorAll(':scope > button, :scope > * > button')]
      .filter((node): node is HTMLElement => node instanceof HTMLElement)
      .filter((node) => node.scrollWidth > node.clientWidth)
      .map((node) => `${node.tagName.toLowerCase()} ${node.scrollWidth}>${node.clientWidth}`),
  )
}

/**
 * Whether a header or cell is laid out. Not Playwright's "visible": a column the fixed table layout
 * squeezes to nothing has an empty box and would pass for hidden, though it is there with its text cut.
 */
export const laidOut = (cell: Locator): Promise<boolean> =>
  cell.evaluate((node) => getComputedStyle(node).display !== 'none')

/** Every header laid out, by its text, that does not show its whole label. */
export async function clippedHeaders(table: Locator): Promise<string[]> {
  const found: string[] = []
  for (const header of await table.getByRole('columnheader').all()) {
    if (!(await laidOut(header))) continue
    const cut = await clipped(header)
    if (cut.length > 0) found.push(`"${(await header.textContent())?.trim()}" ${cut.join(', ')}`)
  }
  return found
}

/** Runs the activity scan from the toolbar to its end and closes the dialog; the texts in the portal's language. */
export async function scanLastCalls(
  app: FrameLocator,
  text: { scan: string; start: string; close: string; column: string } = {
    scan: 'Show last calls',
    start: 'Read last calls',
    close: 'Close',
    column: 'Last call',
  },
): Promise<void> {
  await app.getByRole('button', { name: text.scan }).click()
  await app.getByRole('dialog').getByRole('button', { name: text.start }).click()
  await app.getByRole('dialog').getByRole('button', { name: text.close }).click()
  await expect(app.getByRole('columnheader', { name: text.column })).toBeVisible()
  // The column's cells load their code on first use: measure once the first row's cell has its text.
  await expect(app.getByRole('row').nth(1).getByRole('cell').last()).not.toBeEmpty()
}

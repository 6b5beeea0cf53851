import type { Employee } from '../model/types.ts'

/** The selected ids in the table's order; selected employees the filters now hide come after them. */
export function inTableOrder(
  shown: readonly Employee[],
  all: readonly Employee[],
  selected: ReadonlySet<number>,
): number[] {
  const ids = shown.filter((e) => selected.has(e.id)).map((e) => e.id)
  const placed = new Set(ids)
  for (const e of all) if (selected.has(e.id) && !placed.has(e.id)) ids.push(e.id)
  return ids
}

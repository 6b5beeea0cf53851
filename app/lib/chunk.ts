export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size ${size}`)
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}

/** `items` in `parts` runs of consecutive items whose sizes differ by at most one, larger ones first. */
export function splitEvenly<T>(items: readonly T[], parts: number): T[][] {
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`parts ${parts}`)
  const count = Math.min(parts, items.length)
  const runs: T[][] = []
  for (let part = 0, start = 0; part < count; part++) {
    const size = Math.floor(items.length / count) + (part < items.length % count ? 1 : 0)
    runs.push(items.slice(start, start + size))
    start += size
  }
  return runs
}

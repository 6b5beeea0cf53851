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

/**
 * `parts` groups: `main` split evenly (as `splitEvenly`, runs kept in order), then each of `extra` added
 * to the smallest group so far (the later one on a tie: those are the smaller runs of `main`). So each
 * group holds as many of either kind as the others, give or take one, and no group is larger than it
 * must be. Never an empty group.
 */
export function splitEvenlyWith<T>(main: readonly T[], extra: readonly T[], parts: number): T[][] {
  const groups = splitEvenly(main, parts)
  while (groups.length < Math.min(parts, main.length + extra.length)) groups.push([])
  for (const item of extra) {
    let smallest = groups.length - 1
    for (let index = groups.length - 2; index >= 0; index--)
      if ((groups[index]?.length ?? 0) < (groups[smallest]?.length ?? 0)) smallest = index
    groups[smallest]?.push(item)
  }
  return groups
}

type Order<T> = (a: T, b: T) => number

/**
 * A sort that remembers its last list: when the next list adds items (the directory streaming in) or
 * drops some under the same order, the new items are sorted and merged in, instead of sorting every row
 * again for each batch. `deps` name the order (column, direction, locale and the data it reads).
 */
export function createIncrementalSort<T extends object>() {
  let last: { items: readonly T[]; deps: readonly unknown[]; sorted: T[] } | undefined
  return (items: readonly T[], order: Order<T>, deps: readonly unknown[]): T[] => {
    let sorted: T[] | undefined
    if (last && sameDeps(last.deps, deps)) {
      const known = new Set(last.items)
      const added = items.filter((item) => !known.has(item))
      // Items can also leave (a search's hit replaced by the list's own row): drop them, keep the order.
      let kept = last.sorted
      if (last.items.length + added.length !== items.length) {
        const current = new Set(items)
        kept = last.sorted.filter((item) => current.has(item))
      }
      if (kept.length + added.length === items.length) sorted = merge(kept, added.sort(order), order)
    }
    sorted ??= [...items].sort(order)
    last = { items, deps, sorted }
    return sorted
  }
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]))
}

/** Two sorted lists as one, stable: on a tie the first list's item comes first. */
export function merge<T>(left: readonly T[], right: readonly T[], order: Order<T>): T[] {
  if (right.length === 0) return [...left]
  const out: T[] = []
  let i = 0
  let j = 0
  while (i < left.length && j < right.length) {
    const a = left[i] as T
    const b = right[j] as T
    if (order(b, a) < 0) {
      out.push(b)
      j++
    } else {
      out.push(a)
      i++
    }
  }
  while (i < left.length) out.push(left[i++] as T)
  while (j < right.length) out.push(right[j++] as T)
  return out
}

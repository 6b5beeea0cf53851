import type { WriteStep } from './plan-types.ts'

export interface Change {
  line: number
  employeeId: number
  to: string
}

/**
 * An order of writes in which no step asks for a number another active employee still holds, since
 * Bitrix24 checks every `user.update` against the numbers of that moment (docs/bitrix24.md "user.update
 * and the extension").
 *
 * A change waits for every current holder of its number to move away. Chains resolve from their free
 * end (A→B's, B→C's, C→a free one: C first, then B, then A). A cycle (A↔B, or A→B→C→A) has no free
 * end: one member's number is cleared first (a temporary step, `extension: ''`, which Bitrix24 never
 * refuses), the rest of the cycle goes round, and that member gets its number last. Changes free from
 * the start go first, in file order. `holders` are the active employees holding each number now;
 * validation has made sure each of them moves in this plan.
 */
export function orderWrites(
  changes: readonly Change[],
  holders: ReadonlyMap<string, readonly number[]>,
): WriteStep[] {
  const changeOf = new Map(changes.map((c) => [c.employeeId, c]))
  const blockers = new Map<Change, Set<number>>()
  const waiting = new Map<number, Change[]>()
  const queue: Change[] = []
  for (const change of changes) {
    const ids = new Set(
      (holders.get(change.to) ?? []).filter((id) => id !== change.employeeId && changeOf.has(id)),
    )
    blockers.set(change, ids)
    for (const id of ids) waiting.set(id, [...(waiting.get(id) ?? []), change])
    if (ids.size === 0) queue.push(change)
  }
  const steps: WriteStep[] = []
  const vacated = new Set<number>()
  const done = new Set<Change>()
  // Done changes stay done: the first waiting one is found by moving forward only.
  let first = 0
  const vacate = (id: number) => {
    if (vacated.has(id)) return
    vacated.add(id)
    for (const change of waiting.get(id) ?? []) {
      const left = blockers.get(change)
      left?.delete(id)
      if (left?.size === 0 && !done.has(change)) queue.push(change)
    }
  }
  while (done.size < changes.length) {
    const next = queue.shift()
    if (next) {
      if (done.has(next)) continue
      done.add(next)
      steps.push({ line: next.line, employeeId: next.employeeId, extension: next.to, temporary: false })
      vacate(next.employeeId)
      continue
    }
    while (first < changes.length && done.has(changes[first] as Change)) first++
    const member = cycleMember(changes[first], blockers, changeOf, vacated)
    steps.push({ line: member.line, employeeId: member.employeeId, extension: '', temporary: true })
    vacate(member.employeeId)
  }
  return steps
}

/** Walks from the first waiting change along "waits for" until a change repeats: that one is in a cycle. */
function cycleMember(
  start: Change | undefined,
  blockers: ReadonlyMap<Change, ReadonlySet<number>>,
  changeOf: ReadonlyMap<number, Change>,
  vacated: ReadonlySet<number>,
): Change {
  let current = start
  const seen = new Set<Change>()
  while (current && !seen.has(current)) {
    seen.add(current)
    const [blocker] = [...(blockers.get(current) ?? [])].filter((id) => !vacated.has(id))
    current = blocker === undefined ? undefined : changeOf.get(blocker)
  }
  if (!current) throw new Error('orderWrites: a change waits with no cycle to break')
  return current
}

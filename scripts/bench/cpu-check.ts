/**
 * How fast this machine runs a fixed piece of work right now, in ms (the best of three rounds). On a
 * shared host the same code runs tens of percent slower from one quarter of an hour to the next, and
 * the load average, which counts only this machine's own work, does not show it: the report gives this
 * figure at the start, before each latency model and at the end, so a run can be read against another.
 */
export function cpuCheckMs(rounds = 3): number {
  let best = Number.POSITIVE_INFINITY
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    fixedWork()
    best = Math.min(best, performance.now() - started)
  }
  return best
}

/** A million pseudo-random numbers (always the same ones) made and sorted; their smallest. */
export function fixedWork(): number {
  const values = new Float64Array(1_000_000)
  let seed = 1
  for (let index = 0; index < values.length; index++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    values[index] = seed
  }
  values.sort()
  return values[0] ?? Number.NaN
}

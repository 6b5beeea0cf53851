import type { WriteKind } from './write-kind.ts'

/** The writes in order, a new wave each time an employee already in the current one comes again. */
export function inWaves<W>(kind: Pick<WriteKind<W, unknown>, 'userId'>, writes: readonly W[]): W[][] {
  const waves: W[][] = []
  let ids = new Set<number>()
  for (const write of writes) {
    const id = kind.userId(write)
    if (waves.length === 0 || ids.has(id)) {
      waves.push([])
      ids = new Set()
    }
    ids.add(id)
    waves[waves.length - 1]?.push(write)
  }
  return waves
}

import type { WriteStep } from '../plan-types.ts'
import { orderWrites, type Change } from '../write-order.ts'

/**
 * Runs the steps the way Bitrix24 checks each `user.update`: a number another employee holds at that
 * moment is refused (docs/bitrix24.md "user.update and the extension"). Returns the numbers afterwards.
 */
function run(start: Record<number, string>, steps: readonly WriteStep[]): Record<number, string> {
  const now = { ...start }
  for (const step of steps) {
    const holder = Object.entries(now).find(
      ([id, ext]) => ext === step.extension && Number(id) !== step.employeeId,
    )
    if (step.extension !== '' && holder)
      throw new Error(`step for ${step.employeeId}: ${step.extension} is held by ${holder[0]}`)
    now[step.employeeId] = step.extension
  }
  return now
}

function holdersOf(start: Record<number, string>): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const [id, ext] of Object.entries(start)) if (ext) out.set(ext, [...(out.get(ext) ?? []), Number(id)])
  return out
}

function plan(start: Record<number, string>, target: Record<number, string>) {
  const changes: Change[] = Object.entries(target).map(([id, to], index) => ({
    line: index + 2,
    employeeId: Number(id),
    to,
  }))
  const steps = orderWrites(changes, holdersOf(start))
  return { steps, end: run(start, steps) }
}

describe('orderWrites', () => {
  test('independent changes go in file order, one step each', () => {
    const { steps, end } = plan({ 1: '100', 2: '' }, { 1: '101', 2: '102' })
    expect(steps.map((s) => [s.employeeId, s.extension])).toEqual([
      [1, '101'],
      [2, '102'],
    ])
    expect(end).toEqual({ 1: '101', 2: '102' })
  })

  test('a renumbering chain starts at its free end', () => {
    // 1 takes 2's number, 2 takes 3's, 3 takes a free one: 3, then 2, then 1.
    const { steps, end } = plan({ 1: '100', 2: '200', 3: '300' }, { 1: '200', 2: '300', 3: '400' })
    expect(steps.map((s) => s.employeeId)).toEqual([3, 2, 1])
    expect(steps.every((s) => !s.temporary)).toBe(true)
    expect(end).toEqual({ 1: '200', 2: '300', 3: '400' })
  })

  test('a swap clears one number first, then goes round', () => {
    const { steps, end } = plan({ 1: '100', 2: '200' }, { 1: '200', 2: '100' })
    expect(steps).toEqual([
      { line: 2, employeeId: 1, extension: '', temporary: true },
      { line: 3, employeeId: 2, extension: '100', temporary: false },
      { line: 2, employeeId: 1, extension: '200', temporary: false },
    ])
    expect(end).toEqual({ 1: '200', 2: '100' })
  })

  test('a three-way rotation with a chain hanging off it takes one temporary step', () => {
    // 1→2's, 2→3's, 3→1's is a cycle; 4 waits for 5, who moves to a free number.
    const start = { 1: '100', 2: '200', 3: '300', 4: '400', 5: '500' }
    const target = { 4: '500', 1: '200', 2: '300', 3: '100', 5: '600' }
    const { steps, end } = plan(start, target)
    expect(steps.filter((s) => s.temporary)).toHaveLength(1)
    expect(end).toEqual(target)
  })

  test('two employees sharing a number: both must move before a third takes it', () => {
    const { end, steps } = plan({ 1: '100', 2: '100', 3: '300' }, { 3: '100', 1: '101', 2: '102' })
    expect(steps.map((s) => s.employeeId)).toEqual([1, 2, 3])
    expect(end).toEqual({ 1: '101', 2: '102', 3: '100' })
  })

  test('random renumberings of 300 employees never collide and always arrive', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let round = 0; round < 20; round++) {
      const numbers = Array.from({ length: 400 }, (_, i) => String(1000 + i))
      const start: Record<number, string> = {}
      for (let id = 1; id <= 300; id++) start[id] = random() < 0.2 ? '' : (numbers[id - 1] ?? '')
      // Every employee gets a distinct number from the pool, shuffled: swaps, cycles and chains at once.
      const pool = [...numbers].sort(() => random() - 0.5)
      const target: Record<number, string> = {}
      for (let id = 1; id <= 300; id++) target[id] = pool[id - 1] ?? ''
      const { steps, end } = plan(start, target)
      expect(end).toEqual(target)
      expect(steps.filter((s) => !s.temporary)).toHaveLength(300)
    }
  })
})

import { createRequestPool } from './request-pool.ts'

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

test('no more requests in flight than lanes; the next starts when one ends', async () => {
  const pool = createRequestPool({ lanes: 2, burst: 10, perSecond: 2 })
  const releases: Array<() => void> = []
  let started = 0
  const work = () =>
    pool.run(
      () =>
        new Promise<void>((resolve) => {
          started++
          releases.push(resolve)
        }),
    )
  const all = [work(), work(), work()]
  await tick()
  expect(started).toBe(2)
  releases[0]?.()
  await tick()
  await tick()
  expect(started).toBe(3)
  for (const release of releases) release()
  await Promise.all(all)
})

test('after its burst the pool starts requests at its drain rate, leaving the rest of the bucket free', async () => {
  let now = 0
  const pool = createRequestPool({ lanes: 10, burst: 2, perSecond: 2 }, () => now)
  const started: number[] = []
  vi.useFakeTimers()
  try {
    const all = [1, 2, 3].map(() => pool.run(async () => void started.push(now)))
    await vi.advanceTimersByTimeAsync(0)
    expect(started).toEqual([0, 0])
    now = 500
    await vi.advanceTimersByTimeAsync(500)
    await Promise.all(all)
    expect(started).toEqual([0, 0, 500])
  } finally {
    vi.useRealTimers()
  }
})

test('a failed request frees its lane', async () => {
  const pool = createRequestPool({ lanes: 1, burst: 10, perSecond: 2 })
  await expect(pool.run(() => Promise.reject(new Error('down')))).rejects.toThrow('down')
  await expect(pool.run(() => Promise.resolve(1))).resolves.toBe(1)
})

test('work run first leaves the reserved lanes to the others; when lanes free, waiting first work goes first', async () => {
  const pool = createRequestPool({ lanes: 3, burst: 10, perSecond: 2, reserved: 1 })
  const releases = new Map<string, () => void>()
  const started: string[] = []
  const work = (name: string, first: boolean) =>
    pool.run(
      () =>
        new Promise<void>((resolve) => {
          started.push(name)
          releases.set(name, resolve)
        }),
      { first },
    )
  const all = [
    work('page 1', true),
    work('page 2', true),
    work('page 3', true),
    work('settings 1', false),
    work('settings 2', false),
  ]
  await tick()
  // Two of three lanes for the pages (run first); the third is reserved.
  expect(started).toEqual(['page 1', 'page 2', 'settings 1'])
  // A page ends: page 3 takes its lane, though settings 2 asked before it.
  releases.get('page 1')?.()
  await tick()
  await tick()
  expect(started).toEqual(['page 1', 'page 2', 'settings 1', 'page 3'])
  // A page ends with no page waiting: the settings may use that lane too.
  releases.get('page 2')?.()
  await tick()
  await tick()
  expect(started).toEqual(['page 1', 'page 2', 'settings 1', 'page 3', 'settings 2'])
  for (const release of releases.values()) release()
  await Promise.all(all)
})

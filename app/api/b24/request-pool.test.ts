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

test('a request that leaves a lane free waits for it; one that need not, behind it, starts at once', async () => {
  const pool = createRequestPool({ lanes: 3, burst: 10, perSecond: 2 })
  const releases = new Map<string, () => void>()
  const started: string[] = []
  const work = (name: string, reserve: number) =>
    pool.run(
      () =>
        new Promise<void>((resolve) => {
          started.push(name)
          releases.set(name, resolve)
        }),
      { reserve },
    )
  const all = [work('page 1', 1), work('page 2', 1), work('page 3', 1), work('settings', 0)]
  await tick()
  expect(started).toEqual(['page 1', 'page 2', 'settings'])
  // Page 2 and the settings hold two of three lanes: page 3 would leave none free.
  releases.get('page 1')?.()
  await tick()
  await tick()
  expect(started).toEqual(['page 1', 'page 2', 'settings'])
  releases.get('settings')?.()
  await tick()
  await tick()
  expect(started).toEqual(['page 1', 'page 2', 'settings', 'page 3'])
  for (const release of releases.values()) release()
  await Promise.all(all)
})

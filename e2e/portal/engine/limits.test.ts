import { LeakyBucket, OperatingClock } from './limits.ts'

describe('LeakyBucket', () => {
  const settings = { drainPerSecond: 2, limit: 50 }

  test('a burst of 50 passes, the 51st is refused', () => {
    const bucket = new LeakyBucket()
    const passed = Array.from({ length: 60 }, () => bucket.take(0, settings))
    expect(passed.filter(Boolean)).toHaveLength(50)
    expect(passed.indexOf(false)).toBe(50)
  })

  test('drains continuously: one more request every half second', () => {
    const bucket = new LeakyBucket()
    for (let i = 0; i < 50; i++) bucket.take(0, settings)
    expect(bucket.take(400, settings)).toBe(false)
    expect(bucket.take(500, settings)).toBe(true)
    expect(bucket.take(600, settings)).toBe(false)
    expect(bucket.take(10_600, settings)).toBe(true)
    expect(bucket.level).toBeCloseTo(30.8, 5)
  })

  test('refused requests are not counted; drain 0 turns the bucket off', () => {
    const bucket = new LeakyBucket()
    for (let i = 0; i < 200; i++) bucket.take(0, settings)
    expect(bucket.level).toBe(50)
    const off = new LeakyBucket()
    expect(
      Array.from({ length: 500 }, () => off.take(0, { drainPerSecond: 0, limit: 50 })).every(Boolean),
    ).toBe(true)
  })
})

describe('OperatingClock', () => {
  test('sums per method and blocks above the limit until the window lets go', () => {
    const clock = new OperatingClock()
    clock.add('user.get', 0, 6)
    clock.add('user.get', 60_000, 6)
    clock.add('department.get', 60_000, 100)
    expect(clock.state('user.get', 60_000)).toEqual({ operating: 12, resetAt: 600 })
    expect(clock.blocked('user.get', 60_000, 10)).toBe(true)
    expect(clock.blocked('user.get', 60_000, 12)).toBe(false)
    expect(clock.blocked('user.get', 60_000, 0)).toBe(false)
    // At 600 s the first 6 s leave the window.
    expect(clock.state('user.get', 600_000)).toEqual({ operating: 6, resetAt: 660 })
    expect(clock.blocked('user.get', 600_000, 10)).toBe(false)
    expect(clock.state('user.get', 661_000)).toEqual({ operating: 0, resetAt: 1261 })
  })

  test('the window is read on every use, so a shorter one releases sooner', () => {
    let windowSeconds = 600
    const clock = new OperatingClock(() => windowSeconds * 1000)
    clock.add('user.get', 0, 6)
    expect(clock.state('user.get', 5_000)).toEqual({ operating: 6, resetAt: 600 })
    windowSeconds = 10
    expect(clock.state('user.get', 5_000)).toEqual({ operating: 6, resetAt: 10 })
    expect(clock.blocked('user.get', 9_999, 5)).toBe(true)
    expect(clock.blocked('user.get', 11_000, 5)).toBe(false)
  })
})

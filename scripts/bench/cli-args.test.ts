import { describe, expect, test } from 'vitest'
import { DEFAULT_ARGS, parseBenchArgs } from './cli-args.ts'

describe('parseBenchArgs', () => {
  test('defaults: three sizes, naive loader, targets, result file', () => {
    expect(parseBenchArgs([])).toEqual(DEFAULT_ARGS)
  })

  test('the smoke run', () => {
    expect(parseBenchArgs(['--sizes', '200', '--no-naive', '--no-targets', '--no-write'])).toMatchObject({
      sizes: [200],
      naive: false,
      targets: false,
      write: false,
    })
  })

  test('sizes, limits and latency', () => {
    const args = parseBenchArgs(['--sizes=200, 10_000,200', '--naive-limit-s', '5', '--request-ms', '0'])
    expect(args.sizes).toEqual([200, 10_000])
    expect(args.naiveLimitMs).toBe(5_000)
    expect(args.models.map((model) => model.id)).toEqual(['today', 'honest'])
    expect(args.models[0]?.latency).toEqual({
      perRequestMs: 0,
      perCommandMs: 6,
      perMethodMs: {},
      perRowMs: {},
    })
    // The overrides are today's model's: the honest one stays as documented.
    expect(args.models[1]?.latency.perRequestMs).toBe(120)
  })

  test('the slower CPU: 4 times by default, 1 skips it, 0 is refused', () => {
    expect(parseBenchArgs([]).cpuSlowdown).toBe(4)
    expect(parseBenchArgs(['--cpu-slowdown', '1']).cpuSlowdown).toBe(1)
    expect(parseBenchArgs(['--cpu-slowdown', '6']).cpuSlowdown).toBe(6)
    expect(() => parseBenchArgs(['--cpu-slowdown', '0'])).toThrow(/--cpu-slowdown/)
  })

  test('five opens on the slower CPU by default (a median of three was one open), --slow-runs changes it', () => {
    expect(parseBenchArgs([]).slowRuns).toBe(5)
    expect(parseBenchArgs(['--slow-runs', '3']).slowRuns).toBe(3)
    expect(() => parseBenchArgs(['--slow-runs', '0'])).toThrow(/--slow-runs/)
  })

  test('five search runs, the search hit and the reopen by default; each can be changed or skipped', () => {
    expect(parseBenchArgs([])).toMatchObject({ searchRuns: 5, hit: true, reopen: true, reopenRuns: 3 })
    expect(parseBenchArgs(['--reopen-runs', '5'])).toMatchObject({ reopenRuns: 5 })
    expect(() => parseBenchArgs(['--reopen-runs', '0'])).toThrow(/--reopen-runs/)
    expect(parseBenchArgs(['--search-runs', '1', '--no-hit', '--no-reopen'])).toMatchObject({
      searchRuns: 1,
      hit: false,
      reopen: false,
    })
    expect(() => parseBenchArgs(['--search-runs', '0'])).toThrow(/--search-runs/)
  })

  test('the search hit is timed on three fresh portals by default; --hit-runs takes a positive whole number', () => {
    expect(parseBenchArgs([]).hitRuns).toBe(3)
    expect(parseBenchArgs(['--hit-runs', '1']).hitRuns).toBe(1)
    expect(parseBenchArgs(['--hit-runs=5']).hitRuns).toBe(5)
    for (const nonsense of ['0', '-1', '2.5', 'three', ''])
      expect(() => parseBenchArgs(['--hit-runs', nonsense])).toThrow(/--hit-runs/)
  })

  test('one latency model', () => {
    expect(parseBenchArgs(['--models', 'honest']).models.map((model) => model.id)).toEqual(['honest'])
    expect(() => parseBenchArgs(['--models', 'fast'])).toThrow(/--models/)
  })

  test('nonsense is refused, not guessed', () => {
    expect(() => parseBenchArgs(['--sizes', '2,000'])).toThrow(/--sizes/)
    expect(() => parseBenchArgs(['--sizes', 'many'])).toThrow(/--sizes/)
    expect(() => parseBenchArgs(['--naive-limit-s', '-1'])).toThrow(/--naive-limit-s/)
    expect(() => parseBenchArgs(['--fast'])).toThrow()
  })
})

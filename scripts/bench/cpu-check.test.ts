import { cpuCheckMs, fixedWork } from './cpu-check.ts'

test('the same work every time, timed as a positive number of ms', () => {
  expect(fixedWork()).toBe(fixedWork())
  const ms = cpuCheckMs(1)
  expect(ms).toBeGreaterThan(0)
  expect(Number.isFinite(ms)).toBe(true)
})

import { matchesActivity, recencyOf } from './classify.ts'
import { lastCallOf, type ActivityEntry } from './last-call.ts'

const NOW = Date.UTC(2026, 5, 1)
const DAY_MS = 86_400_000
const called = (daysAgo: number): ActivityEntry => ({
  kind: 'call',
  call: { startedAt: NOW - daysAgo * DAY_MS, direction: 'outgoing' },
})

describe('activity classification', () => {
  test('recency: 30 and 90 days are the borders', () => {
    expect(recencyOf(called(30), NOW)).toBe('recent')
    expect(recencyOf(called(31), NOW)).toBe('idle-30')
    expect(recencyOf(called(90), NOW)).toBe('idle-30')
    expect(recencyOf(called(91), NOW)).toBe('idle-90')
    expect(recencyOf({ kind: 'never' }, NOW)).toBe('never')
    expect(recencyOf({ kind: 'unreadable' }, NOW)).toBe('unknown')
    expect(recencyOf(undefined, NOW)).toBe('unknown')
  })

  test('unused filters need the phone on; unreadable employees are in none', () => {
    expect(matchesActivity('unused-30', called(45), 'on', NOW)).toBe(true)
    expect(matchesActivity('unused-90', called(45), 'on', NOW)).toBe(false)
    expect(matchesActivity('unused-90', called(120), 'on', NOW)).toBe(true)
    expect(matchesActivity('unused-90', { kind: 'never' }, 'on', NOW)).toBe(true)
    expect(matchesActivity('unused-90', called(120), 'off', NOW)).toBe(false)
    expect(matchesActivity('unused-30', { kind: 'unreadable' }, 'on', NOW)).toBe(false)
    expect(matchesActivity('never', { kind: 'never' }, 'off', NOW)).toBe(true)
    expect(matchesActivity('never', { kind: 'unreadable' }, 'on', NOW)).toBe(false)
    expect(matchesActivity('all', undefined, undefined, NOW)).toBe(true)
  })

  test('a row of another employee is never taken as theirs', () => {
    const row = { PORTAL_USER_ID: '7', CALL_START_DATE: '2026-05-01T10:00:00+00:00', CALL_TYPE: '1' }
    expect(lastCallOf([row], 8, true)).toEqual({ kind: 'failed' })
    expect(lastCallOf([row], 7, true)).toEqual({
      kind: 'call',
      call: { startedAt: Date.UTC(2026, 4, 1, 10), direction: 'outgoing' },
    })
    expect(lastCallOf([], 7, false)).toEqual({ kind: 'unreadable' })
    expect(lastCallOf('oops', 7, true)).toEqual({ kind: 'failed' })
  })
})

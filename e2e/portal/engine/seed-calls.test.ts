import { seedPortal } from './seed.ts'
import { callHabit } from './seed-calls.ts'

const options = { employees: 400, seed: 1, photoBaseUrl: 'http://portal.test', portalName: 'Acme' }
const DAY = 86_400

describe('seeded calls', () => {
  const data = seedPortal(options)
  const newest = new Map<number, number>()
  for (const call of data.calls)
    newest.set(call.PORTAL_USER_ID, Math.min(newest.get(call.PORTAL_USER_ID) ?? Infinity, call.ageSeconds))
  const phoneOn = data.users.filter(
    (u) =>
      u.fields.ACTIVE &&
      u.fields.USER_TYPE === 'employee' &&
      data.voximplant.get(u.id)?.PHONE_ENABLED === 'Y',
  )

  test('the same seed gives the same calls, another seed others', () => {
    expect(seedPortal(options).calls).toEqual(data.calls)
    expect(seedPortal({ ...options, seed: 2 }).calls).not.toEqual(data.calls)
  })

  test('most employees with a phone on called within 30 days; some never; some only over 90 days ago', () => {
    const recent = phoneOn.filter((u) => (newest.get(u.id) ?? Infinity) <= 30 * DAY)
    const never = phoneOn.filter((u) => !newest.has(u.id))
    const stale = phoneOn.filter((u) => (newest.get(u.id) ?? 0) > 90 * DAY)
    expect(recent.length).toBeGreaterThan(phoneOn.length / 2)
    expect(never.length).toBeGreaterThan(5)
    expect(stale.length).toBeGreaterThan(5)
    expect(recent.length + never.length + stale.length).toBe(phoneOn.length)
    for (const u of never) expect(callHabit(options.seed, u, data.voximplant.get(u.id))).toBe('never')
  })

  test('outgoing, incoming, missed and redirected calls; only employees; IDs ascend with the start', () => {
    const kinds = new Set(data.calls.map((c) => `${c.INCOMING}:${c.CALL_FAILED_CODE}`))
    for (const kind of ['1:200', '2:200', '2:304', '3:200']) expect(kinds).toContain(kind)
    for (const call of data.calls)
      expect(data.usersById.get(call.PORTAL_USER_ID)?.fields.USER_TYPE).toBe('employee')
    expect(data.calls.map((c) => c.ID)).toEqual(data.calls.map((_, i) => i + 1))
    for (let i = 1; i < data.calls.length; i++)
      expect(data.calls[i]?.ageSeconds ?? 0).toBeLessThanOrEqual(data.calls[i - 1]?.ageSeconds ?? 0)
    expect(data.calls.filter((c) => c.CALL_FAILED_CODE !== '200').every((c) => c.CALL_DURATION === 0)).toBe(
      true,
    )
  })

  test('20,000 employees stay quick', () => {
    const started = performance.now()
    const big = seedPortal({ ...options, employees: 20_000 })
    expect(big.calls.length).toBeGreaterThan(20_000)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

import { inProcessPortal } from '@/test/in-process-portal.ts'
import { readLastCalls, requestsFor } from './read-last-calls.ts'

const DAY = 86_400

/** The portal with a record of each HTTP request's commands. */
function portalWithRequests(options: Parameters<typeof inProcessPortal>[0] = {}) {
  const requests: string[][] = []
  const p = inProcessPortal({ ...options, onRequest: (methods) => requests.push(methods) })
  return { p, requests }
}

describe('readLastCalls against the portal', () => {
  test('an administrator gets each employee their own newest call, and "never" for nobody who called', async () => {
    const { p, requests } = portalWithRequests()
    p.addCall({ userId: 1, ageSeconds: 100 * DAY, incoming: 1 })
    p.addCall({ userId: 1, ageSeconds: 2 * DAY, incoming: 2, code: '304' })
    p.addCall({ userId: 2, ageSeconds: 40 * DAY, incoming: 2 })
    const before = Date.now()
    const scan = await readLastCalls(p.portal.client, [1, 2, 3], { reachAll: true })
    const one = scan.byId.get(1)
    expect(one?.kind).toBe('call')
    if (one?.kind !== 'call') return
    expect(one.call.direction).toBe('missed')
    expect(before - one.call.startedAt).toBeGreaterThan(2 * DAY * 1000 - 5000)
    expect(before - one.call.startedAt).toBeLessThan(2 * DAY * 1000 + 5000)
    expect(scan.byId.get(2)).toMatchObject({ kind: 'call', call: { direction: 'incoming' } })
    expect(scan.byId.get(3)).toEqual({ kind: 'never' })
    expect(scan.notRead).toBe(0)
    // One command per employee, sorted newest first with ORDER in upper case, one batch for three.
    expect(p.commands('voximplant.statistic.get')).toHaveLength(3)
    expect(requests).toEqual([Array(3).fill('voximplant.statistic.get')])
  })

  test('under "own" rights an empty answer is "unreadable", never someone else\'s call', async () => {
    const p = inProcessPortal({ settings: { callStatisticsPermission: 'own' } })
    p.addCall({ userId: 1, ageSeconds: 5 * DAY })
    p.addCall({ userId: 2, ageSeconds: 1 * DAY })
    const scan = await readLastCalls(p.portal.client, [1, 2, 3], { reachAll: false })
    expect(scan.byId.get(1)?.kind).toBe('call')
    expect(scan.byId.get(2)).toEqual({ kind: 'unreadable' })
    expect(scan.byId.get(3)).toEqual({ kind: 'unreadable' })
  })

  test('without "Call statistics — View" the scan fails with access-denied', async () => {
    const p = inProcessPortal({ settings: { callStatisticsPermission: 'none' } })
    await expect(readLastCalls(p.portal.client, [1, 2], { reachAll: true })).rejects.toMatchObject({
      kind: 'access-denied',
    })
  })

  test('120 employees take 3 requests of at most 50 commands; progress counts up to all', async () => {
    const { p, requests } = portalWithRequests()
    const ids = Array.from({ length: 120 }, (_, i) => i + 1)
    const progress: number[] = []
    await readLastCalls(p.portal.client, ids, { reachAll: true, onProgress: (n) => progress.push(n) })
    expect(requestsFor(120)).toBe(3)
    expect(requests.map((methods) => methods.length)).toEqual([50, 50, 20])
    expect(progress.sort((a, b) => a - b).at(-1)).toBe(120)
  })

  test('cancelling before the scan sends nothing and counts everyone as not read', async () => {
    const { p, requests } = portalWithRequests()
    const controller = new AbortController()
    controller.abort()
    const scan = await readLastCalls(p.portal.client, [1, 2], { reachAll: true, signal: controller.signal })
    expect(requests).toEqual([])
    expect(scan.notRead).toBe(2)
  })
})

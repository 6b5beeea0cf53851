import type { FaultSettings } from '../contract.ts'
import { decideFault, isWriteRequest, latencyMs, requestMethods } from './faults.ts'

const faults = (patch: Partial<FaultSettings>): FaultSettings => ({
  rate: 1,
  kinds: ['error500', 'drop', 'timeout'],
  scope: 'all',
  when: 'either',
  gatewayTimeoutMs: 0,
  ...patch,
})
const sequence =
  (...values: number[]) =>
  () =>
    values.shift() ?? 0

describe('requestMethods / isWriteRequest', () => {
  it('reads batch commands given as an object or an array', () => {
    expect(requestMethods('batch', { cmd: { a: 'user.get?ID=1', b: 'profile' } })).toEqual([
      'user.get',
      'profile',
    ])
    expect(requestMethods('batch', { cmd: ['voximplant.user.deactivatePhone?USER_ID=3'] })).toEqual([
      'voximplant.user.deactivatePhone',
    ])
    expect(requestMethods('user.get', {})).toEqual(['user.get'])
  })

  it('calls activate/deactivatePhone a write, in any case and inside a batch', () => {
    expect(isWriteRequest('voximplant.user.activatePhone', {})).toBe(true)
    expect(isWriteRequest('VOXIMPLANT.USER.DEACTIVATEPHONE', {})).toBe(true)
    expect(
      isWriteRequest('batch', { cmd: { a: 'user.get', b: 'voximplant.user.activatePhone?USER_ID=1' } }),
    ).toBe(true)
    expect(isWriteRequest('voximplant.user.get', {})).toBe(false)
    expect(isWriteRequest('batch', { cmd: 'nonsense' })).toBe(false)
  })
})

describe('decideFault', () => {
  it('draws nothing when faults are off or the request is out of scope', () => {
    const random = vi.fn(() => 0)
    expect(decideFault(faults({ rate: 0 }), true, random)).toBeUndefined()
    expect(decideFault(faults({ kinds: [] }), true, random)).toBeUndefined()
    expect(decideFault(faults({ scope: 'writes' }), false, random)).toBeUndefined()
    expect(decideFault(faults({ scope: 'reads' }), true, random)).toBeUndefined()
    expect(random).not.toHaveBeenCalled()
  })

  it('fails with probability rate, picks a kind, and the moment for connection faults', () => {
    expect(decideFault(faults({ rate: 0.3 }), false, sequence(0.3))).toBeUndefined()
    expect(decideFault(faults({ rate: 0.3 }), false, sequence(0.29, 0.5, 0.7))).toEqual({
      kind: 'drop',
      when: 'after',
    })
    expect(decideFault(faults({}), false, sequence(0, 0.99, 0.2))).toEqual({
      kind: 'timeout',
      when: 'before',
    })
    expect(decideFault(faults({ when: 'after' }), true, sequence(0, 0.5))).toEqual({
      kind: 'drop',
      when: 'after',
    })
  })

  it('never lets a 500 happen after the work was done', () => {
    expect(decideFault(faults({ when: 'after' }), true, sequence(0, 0))).toEqual({
      kind: 'error500',
      when: 'before',
    })
  })
})

describe('latencyMs', () => {
  const flat = (perRequestMs: number, perCommandMs: number) => ({
    perRequestMs,
    perCommandMs,
    perMethodMs: {},
    perRowMs: {},
  })
  const commands = (count: number, method = 'x', rows = 1) =>
    Array.from({ length: count }, () => ({ method, rows }))

  it('is perRequest plus perCommand times the commands executed', () => {
    expect(latencyMs(flat(100, 20), commands(50))).toBe(1100)
    expect(latencyMs(flat(100, 20), [])).toBe(100)
    expect(latencyMs(flat(-5, 0), commands(3))).toBe(0)
  })

  it("charges a method's own cost per command, in any case, and the common cost for the others", () => {
    const latency = { ...flat(100, 5), perMethodMs: { 'user.get': 80 } }
    const methods = ['user.get', 'USER.GET', 'department.get'].map((method) => ({ method, rows: 50 }))
    expect(latencyMs(latency, methods)).toBe(100 + 80 + 80 + 5)
  })

  it("adds a method's cost per row answered: a command of 1,000 rows costs more than one of 2", () => {
    const latency = {
      ...flat(100, 5),
      perMethodMs: { 'voximplant.user.get': 200 },
      perRowMs: { 'voximplant.user.get': 0.5 },
    }
    expect(latencyMs(latency, [{ method: 'voximplant.user.get', rows: 2 }])).toBe(100 + 200 + 1)
    expect(latencyMs(latency, [{ method: 'Voximplant.User.Get', rows: 1000 }])).toBe(100 + 200 + 500)
    // Methods without a per-row cost cost the same whatever their size.
    expect(latencyMs(latency, [{ method: 'user.get', rows: 1000 }])).toBe(105)
  })
})

import { sipSettings } from '@/test/builders.ts'
import type { SipSettings, SipTable } from './types.ts'
import { carryNotApplied, mergeRead, withPhone } from './sip-table.ts'

const table = (...rows: SipSettings[]): SipTable => ({
  byId: new Map(rows.map((row) => [row.userId, row])),
  noPermission: new Set(),
  keptOn: new Set(),
  stayedOff: new Set(),
  failed: new Set(),
  session: 1,
})

test('withPhone does not touch the original table', () => {
  const before = table(sipSettings(1, 'off'))
  const after = withPhone(before, 1, 'on')
  expect(after.byId.get(1)?.phone).toBe('on')
  expect(before.byId.get(1)?.phone).toBe('off')
})

test('a read after "off" that finds the phone on marks it kept on; a later read that finds it off clears it', () => {
  const start = table(sipSettings(1, 'on'))
  const keptOn = mergeRead(start, table(sipSettings(1, 'on')), { userId: 1, on: false })
  expect(keptOn.keptOn.has(1)).toBe(true)
  const cleared = mergeRead(keptOn, table(sipSettings(1, 'off')))
  expect(cleared.keptOn.has(1)).toBe(false)
})

test('a read that no longer returns a user marks them no permission', () => {
  const read: SipTable = { ...table(), noPermission: new Set([1]) }
  const merged = mergeRead(table(sipSettings(1, 'on')), read)
  expect(merged.byId.has(1)).toBe(false)
  expect(merged.noPermission.has(1)).toBe(true)
})

test('a full reload keeps the kept-on notice only for phones still on', () => {
  const previous = { ...table(), keptOn: new Set([1, 2]) }
  const next = carryNotApplied(previous, table(sipSettings(1, 'on'), sipSettings(2, 'off')))
  expect([...next.keptOn]).toEqual([1])
})

test('a read after "on" that finds the phone still off marks it stayed off; a later read that finds it on clears it', () => {
  const start = table(sipSettings(1, 'off'))
  const stayed = mergeRead(start, table(sipSettings(1, 'off')), { userId: 1, on: true })
  expect(stayed.stayedOff.has(1)).toBe(true)
  expect(stayed.keptOn.has(1)).toBe(false)
  expect(mergeRead(stayed, table(sipSettings(1, 'on'))).stayedOff.has(1)).toBe(false)
})

test('a change whose read-back did not return the user marks nothing', () => {
  const start = table(sipSettings(1, 'off'))
  const read = { ...table(), failed: new Set([1]) }
  const merged = mergeRead(start, read, { userId: 1, on: true })
  expect(merged.stayedOff.has(1)).toBe(false)
  expect(merged.failed.has(1)).toBe(true)
})

test('a full reload keeps the stayed-off notice only for phones still off', () => {
  const previous = { ...table(), stayedOff: new Set([1, 2]) }
  const next = carryNotApplied(previous, table(sipSettings(1, 'on'), sipSettings(2, 'off')))
  expect([...next.stayedOff]).toEqual([2])
})

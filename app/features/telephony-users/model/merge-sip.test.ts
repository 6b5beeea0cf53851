import { sipSettings } from '@/test/builders.ts'
import { addSipChunk, emptySipTable } from './merge-sip.ts'

test('chunks add up; a row already in the table (a click since) is not overwritten by a chunk', () => {
  const first = emptySipTable(1)
  first.byId.set(1, sipSettings(1, 'on'))
  first.failed.add(3)
  const second = emptySipTable(2)
  second.byId.set(1, sipSettings(1, 'off'))
  second.byId.set(2, sipSettings(2, 'off'))
  second.noPermission.add(4)
  const table = addSipChunk(addSipChunk(emptySipTable(), first), second)
  expect(table.byId.get(1)?.phone).toBe('on')
  expect(table.byId.get(2)?.phone).toBe('off')
  expect([...table.failed]).toEqual([3])
  expect([...table.noPermission]).toEqual([4])
  expect(table.session).toBe(2)
})

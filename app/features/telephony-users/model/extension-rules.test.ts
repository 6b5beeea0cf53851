import { anEmployee } from '@/test/builders.ts'
import { checkExtension, holdersByExtension, normalizeExtension } from './extension-rules.ts'

const holders = holdersByExtension([
  anEmployee(1, '101'),
  anEmployee(2, '102'),
  anEmployee(3, '102'),
  anEmployee(4, null),
])

test('digits and typed separators are kept as Bitrix24 stores them; anything else is refused', () => {
  expect(normalizeExtension(' 12-34 ')).toBe('1234')
  expect(normalizeExtension('(55) 5')).toBe('555')
  expect(normalizeExtension('')).toBe('')
  expect(normalizeExtension('ext 12')).toBeNull()
  expect(normalizeExtension('+12')).toBeNull()
})

test('1 to 4 digits, or empty to remove the extension', () => {
  expect(checkExtension('5555', 4, holders)).toEqual({ ok: true, value: '5555' })
  expect(checkExtension('0', 4, holders)).toEqual({ ok: true, value: '0' })
  expect(checkExtension('', 1, holders)).toEqual({ ok: true, value: '' })
  expect(checkExtension('12345', 4, holders)).toEqual({ ok: false, reason: 'length' })
  expect(checkExtension('12a', 4, holders)).toEqual({ ok: false, reason: 'characters' })
})

test('a number another employee holds is taken; keeping one’s own is fine', () => {
  expect(checkExtension('101', 4, holders)).toEqual({ ok: false, reason: 'taken', holders: [1] })
  expect(checkExtension('101', 1, holders)).toEqual({ ok: true, value: '101' })
  // Shared already: saving it for one of the two still collides with the other.
  expect(checkExtension('1-02', 2, holders)).toEqual({ ok: false, reason: 'taken', holders: [3] })
})

test('holders group employees by extension and skip those without one', () => {
  expect([...holders]).toEqual([
    ['101', [1]],
    ['102', [2, 3]],
  ])
})

import { inProcessPortal } from '@/test/in-process-portal.ts'
import { extensionWrites, type Assignment } from './extension-writes.ts'
import { runWrites } from './verified-writes.ts'
import { inWaves } from './waves.ts'

const noWait = async () => undefined
const withUserScope = { settings: { appScopes: ['telephony', 'user_brief', 'department', 'user'] } }

test('an employee who comes again starts a new wave; the order is kept', () => {
  const writes: Assignment[] = [
    { userId: 1, extension: '' },
    { userId: 2, extension: '101' },
    { userId: 3, extension: '7' },
    { userId: 1, extension: '102' },
    { userId: 2, extension: '' },
  ]
  expect(inWaves(extensionWrites, writes)).toEqual([writes.slice(0, 3), writes.slice(3)])
  expect(inWaves(extensionWrites, [])).toEqual([])
})

test('a swap through a temporary clear: each wave sent and read back before the next', async () => {
  // Anna (1) holds 101 and Boris (2) 102: Bitrix24 refuses a number another active employee holds.
  const { portal, commands } = inProcessPortal(withUserScope)
  const progress: number[] = []
  const { results, read } = await runWrites(
    portal.client,
    extensionWrites,
    [
      { userId: 1, extension: '' },
      { userId: 2, extension: '101' },
      { userId: 1, extension: '102' },
    ],
    { wait: noWait, onProgress: ({ sent }) => progress.push(sent) },
  )
  // The read-back (however many user.get it takes) comes between the waves.
  const sent = commands()
  expect(sent.slice(0, 3)).toEqual(['user.update', 'user.update', 'user.get'])
  expect(sent.filter((method) => method === 'user.update')).toHaveLength(3)
  expect(sent.lastIndexOf('user.update')).toBeGreaterThan(2)
  expect(sent.at(-1)).toBe('user.get')
  expect(progress).toEqual([2, 3])
  expect(results.get(1)).toEqual({ status: 'done' })
  expect(results.get(2)).toEqual({ status: 'done' })
  expect(read?.get(1)?.extension).toBe('102')
  expect(read?.get(2)?.extension).toBe('101')
})

test('a cancel before a wave leaves its employees not sent, whatever the earlier wave did', async () => {
  const { portal } = inProcessPortal(withUserScope)
  const controller = new AbortController()
  const { results, read } = await runWrites(
    portal.client,
    extensionWrites,
    [
      { userId: 1, extension: '' },
      { userId: 1, extension: '102' },
    ],
    { wait: noWait, signal: controller.signal, onProgress: () => controller.abort() },
  )
  expect(results.get(1)).toEqual({ status: 'skipped' })
  expect(read?.get(1)?.extension).toBeNull()
})

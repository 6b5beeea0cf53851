import type { Params } from '@/api/b24/client.ts'
import { fakePortal, restError } from '@/test/fake-portal.ts'
import { AppError } from '@/api/b24/errors.ts'
import type { Assignment } from './extension-writes.ts'
import { extensionWrites } from './extension-writes.ts'
import { checkAgain, runWrites, type RunOptions } from './verified-writes.ts'
import type { WriteResult } from './write-kind.ts'

/** A portal holding extensions; the queue's number is refused as Bitrix24 does (ERROR_CORE). */
function extensions(queueNumber = '5000') {
  const held = new Map<number, string>()
  const requests: string[][] = []
  const portal = fakePortal((method: string, params: Params) => {
    if (method === 'user.get') {
      const id = Number((params.FILTER as { ID: number }).ID)
      return [{ ID: String(id), NAME: `User ${id}`, UF_PHONE_INNER: held.get(id) ?? null }]
    }
    const value = String(params.UF_PHONE_INNER)
    if (value === queueNumber) throw restError('ERROR_CORE', 400, 'ERROR_PHONE_INNER_IN_USAGE ')
    held.set(Number(params.ID), value)
    return true
  })
  const batch = portal.client.batch.bind(portal.client)
  portal.client.batch = (commands, options) => {
    requests.push(Object.values(commands).map((command) => command.method))
    return batch(commands, options)
  }
  return { client: portal.client, held, requests }
}

const runAssign = (
  client: ReturnType<typeof extensions>['client'],
  writes: Assignment[],
  options?: RunOptions,
) => runWrites(client, extensionWrites, writes, options)

const plan = (n: number, first: number): Assignment[] =>
  Array.from({ length: n }, (_, i) => ({ userId: i + 1, extension: String(first + i) }))

test('50 commands a request, one id each, then the read-back decides', async () => {
  const { client, held, requests } = extensions()
  const progress: number[] = []
  const { results, read } = await runAssign(client, plan(60, 2000), {
    onProgress: (p) => progress.push(p.sent),
  })
  expect(progress).toEqual([50, 60])
  expect(requests.map((methods) => [methods.length, methods[0]])).toEqual([
    [50, 'user.update'],
    [10, 'user.update'],
    [50, 'user.get'],
    [10, 'user.get'],
  ])
  expect([...results.values()].every((result) => result.status === 'done')).toBe(true)
  expect(held.get(60)).toBe('2059')
  expect(read?.get(60)?.extension).toBe('2059')
})

test('a refused number fails with Bitrix24’s reason; a cancel leaves the rest not sent', async () => {
  const { client } = extensions('2001')
  const controller = new AbortController()
  const { results } = await runAssign(client, plan(55, 2000), {
    signal: controller.signal,
    onProgress: () => controller.abort(),
  })
  expect(results.get(1)).toEqual({ status: 'done' })
  expect(results.get(2)).toMatchObject({
    status: 'failed',
    error: { detail: { kind: 'rest', code: 'ERROR_CORE', description: 'ERROR_PHONE_INNER_IN_USAGE ' } },
  })
  expect(results.get(51)).toEqual({ status: 'skipped' })
})

test('"Check again" keeps a lost request’s own error as the reason when the number did not change', async () => {
  const { client, held } = extensions()
  held.set(1, '2000')
  const network = new AppError({ kind: 'network', code: 'NETWORK_ERROR' })
  const earlier = new Map<number, WriteResult>([
    [1, { status: 'unverified', error: new AppError({ kind: 'unverified' }) }],
    [2, { status: 'unverified', error: network }],
    [3, { status: 'done' }],
  ])
  const { results } = await checkAgain(client, extensionWrites, plan(3, 2000), earlier, async () => {})
  expect(results.get(1)).toEqual({ status: 'done' })
  // User 2 still has no extension: the dropped connection is why, not "unchanged".
  expect(results.get(2)).toEqual({ status: 'failed', error: network })
  expect(results.has(3)).toBe(false) // a settled result is not read again
})

test('removing an extension ("") is done when Bitrix24 holds none', async () => {
  const { client, held } = extensions()
  held.set(1, '2000')
  const { results } = await runAssign(client, [{ userId: 1, extension: '' }])
  expect(held.get(1)).toBe('')
  expect(results.get(1)).toEqual({ status: 'done' })
})

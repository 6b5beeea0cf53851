import { AppError } from '@/api/b24/errors.ts'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import type { Assignment } from './extension-writes.ts'
import { extensionWrites } from './extension-writes.ts'
import { checkAgain, runWrites, type RunOptions } from './verified-writes.ts'
import type { WriteResult } from './write-kind.ts'

/** The app installed with the scope `user`, which user.update needs; Anna, an administrator, is the caller. */
function extensions(employees = 3) {
  const requests: string[][] = []
  const inProcess = inProcessPortal({
    employees,
    settings: { appScopes: ['telephony', 'user_brief', 'department', 'user'] },
    onRequest: (methods) => requests.push(methods),
  })
  return {
    ...inProcess,
    requests,
    extension: (id: number) => inProcess.engine.voximplantUser(id)?.INNER_NUMBER,
  }
}

const runAssign = (
  portal: ReturnType<typeof extensions>['portal'],
  writes: Assignment[],
  options?: RunOptions,
) => runWrites(portal.client, extensionWrites, writes, options)

const plan = (n: number, first: number): Assignment[] =>
  Array.from({ length: n }, (_, i) => ({ userId: i + 1, extension: String(first + i) }))

test('50 commands a request, one id each, then the read-back decides', async () => {
  const { portal, requests, extension } = extensions(60)
  const progress: number[] = []
  const { results, read } = await runAssign(portal, plan(60, 2000), {
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
  expect(extension(60)).toBe('2059')
  expect(read?.get(60)?.extension).toBe('2059')
})

test('a refused number fails with Bitrix24’s reason; a cancel leaves the rest not sent', async () => {
  // 5000 is the number of the portal's telephony queue, which Bitrix24 refuses (ERROR_CORE).
  const { portal, extension } = extensions(55)
  const controller = new AbortController()
  const { results } = await runAssign(portal, plan(55, 4999), {
    signal: controller.signal,
    onProgress: () => controller.abort(),
  })
  expect(results.get(1)).toEqual({ status: 'done' })
  expect(results.get(2)).toMatchObject({
    status: 'failed',
    error: { detail: { kind: 'rest', code: 'ERROR_CORE', description: 'ERROR_PHONE_INNER_IN_USAGE ' } },
  })
  expect(extension(2)).toBe('102')
  expect(results.get(51)).toEqual({ status: 'skipped' })
  expect(extension(51)).toBeNull()
})

test('"Check again" keeps a lost request’s own error as the reason when the number did not change', async () => {
  const { portal, engine } = extensions()
  await portal.client.call('user.update', { ID: 1, UF_PHONE_INNER: '2000' })
  engine.clearLog()
  const network = new AppError({ kind: 'network', code: 'NETWORK_ERROR' })
  const earlier = new Map<number, WriteResult>([
    [1, { status: 'unverified', error: new AppError({ kind: 'unverified' }) }],
    [2, { status: 'unverified', error: network }],
    [3, { status: 'done' }],
  ])
  const { results } = await checkAgain(portal.client, extensionWrites, plan(3, 2000), earlier, async () => {})
  expect(results.get(1)).toEqual({ status: 'done' })
  // Boris still has 102, not 2001: the dropped connection is why, not "unchanged".
  expect(results.get(2)).toEqual({ status: 'failed', error: network })
  expect(results.has(3)).toBe(false) // a settled result is not read again
  expect(engine.log.flatMap((entry) => entry.commands ?? [entry.method])).toEqual(['user.get', 'user.get'])
})

test('removing an extension ("") is done when Bitrix24 holds none', async () => {
  const { portal, extension } = extensions()
  expect(extension(1)).toBe('101')
  const { results } = await runAssign(portal, [{ userId: 1, extension: '' }])
  expect(extension(1)).toBeNull()
  expect(results.get(1)).toEqual({ status: 'done' })
})

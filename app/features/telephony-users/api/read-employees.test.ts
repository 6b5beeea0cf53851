import type { Params } from '@/api/b24/client.ts'
import { restErrors } from '@/test/fail-when.ts'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { readEmployees } from './read-employees.ts'
import { USER_SELECT } from './rest/rest-schemas.ts'

test('re-reads each employee as the directory reads them: same fields, the small photo', async () => {
  const { portal, commands } = inProcessPortal()
  const asked: Params[] = []
  const batch = portal.client.batch.bind(portal.client)
  portal.client.batch = (batchCommands, options) => {
    for (const command of Object.values(batchCommands)) asked.push(command.params ?? {})
    return batch(batchCommands, options)
  }
  const read = await readEmployees(portal.client, [1, 99])
  expect(commands()).toEqual(['user.get', 'user.get']) // one command each, in one request
  expect(asked).toHaveLength(2)
  for (const params of asked) {
    expect(params).toMatchObject({ select: USER_SELECT, IMAGE_RESIZE: 'small' })
    expect(params.FILTER).toMatchObject({ ACTIVE: true, USER_TYPE: 'employee' })
  }
  expect(read.byId.get(1)).toMatchObject({ id: 1, fullName: 'Anna Petrova', extension: '101' })
  expect(read.byId.get(99)).toBeNull() // not an active employee (any more)
  expect(read.failed.size).toBe(0)
})

test('an employee whose read failed is unknown, not "no longer an employee"', async () => {
  const { portal, failWhen } = inProcessPortal()
  failWhen(
    (call) => call.method === 'user.get' && (call.params.FILTER as { ID?: string } | undefined)?.ID === '2',
    restErrors.core('Internal error'),
  )
  const read = await readEmployees(portal.client, [1, 2])
  expect(read.byId.get(1)).toMatchObject({ id: 1 })
  expect(read.byId.has(2)).toBe(false)
  expect(read.failed.get(2)).toMatchObject({ kind: 'rest', detail: { code: 'ERROR_CORE' } })
})

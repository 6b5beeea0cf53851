import type { Params } from '@/api/b24/client.ts'
import { fakePortal, page } from '@/test/fake-portal.ts'
import { readEmployees } from './read-employees.ts'
import { USER_SELECT } from './rest/rest-schemas.ts'

test('re-reads each employee as the directory reads them: same fields, the small photo', async () => {
  const asked: Params[] = []
  const portal = fakePortal((method, params) => {
    asked.push(params)
    const id = (params.FILTER as { ID: number }).ID
    return id === 7
      ? page([{ ID: '7', NAME: 'Anna', PERSONAL_PHOTO: 'https://p.example/s.png' }], 1)
      : page([], 0)
  })
  const read = await readEmployees(portal.client, [7, 8])
  expect(asked).toHaveLength(2)
  for (const params of asked) {
    expect(params).toMatchObject({ select: USER_SELECT, IMAGE_RESIZE: 'small' })
    expect(params.FILTER).toMatchObject({ ACTIVE: true, USER_TYPE: 'employee' })
  }
  expect(read.byId.get(7)).toMatchObject({ id: 7, fullName: 'Anna', photoUrl: 'https://p.example/s.png' })
  expect(read.byId.get(8)).toBeNull() // no longer an active employee
})

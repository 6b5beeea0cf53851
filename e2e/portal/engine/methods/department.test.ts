import { ids, kit } from '../test-kit.ts'

type Body = { result: Array<Record<string, unknown>>; total?: number; next?: number }

describe('department.get', () => {
  const { call } = kit({ employees: 2000 })
  const body = (params: Record<string, unknown> = {}) => call('department.get', params).body as Body

  test('pages of 50 with total/next', () => {
    const first = body()
    expect(first.result).toHaveLength(50)
    expect(first).toMatchObject({ total: 80, next: 50 })
    const second = body({ start: 50 })
    expect(second.result).toHaveLength(30)
    expect(second.next).toBeUndefined()
  })

  test('answer shape: string ids, numeric SORT, no PARENT on the root', () => {
    const [root, child] = body().result
    expect(root).toMatchObject({ ID: '1', SORT: 500, UF_HEAD: '1' })
    expect(root).not.toHaveProperty('PARENT')
    expect(child).toMatchObject({ ID: '2', PARENT: expect.stringMatching(/^\d+$/) })
  })

  test('filters by ID, PARENT and the full NAME', () => {
    expect(ids(body({ ID: 3 }).result)).toEqual([3])
    const children = body({ PARENT: 1 }).result
    expect(children.length).toBeGreaterThan(3)
    expect(children.every((d) => d.PARENT === '1')).toBe(true)
    expect(ids(body({ NAME: 'отдел продаж' }).result)).toEqual([5])
    expect(body({ NAME: 'Отдел' }).result).toEqual([])
  })

  test('sort names a field; a numeric SORT filters', () => {
    const names = body({ sort: 'NAME', order: 'DESC' }).result.map((d) => String(d.NAME))
    expect(names).toEqual([...names].sort().reverse())
    expect(body({ SORT: 100 }).result.every((d) => d.SORT === 100)).toBe(true)
  })
})

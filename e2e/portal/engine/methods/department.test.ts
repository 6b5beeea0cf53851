import { ARCHIVED_BRANCH } from '../seed-departments.ts'
import { ids, kit } from '../test-kit.ts'

type Body = { result: Array<Record<string, unknown>>; total?: number; next?: number }

describe('department.get', () => {
  const { call, engine } = kit({ employees: 2000 })
  const body = (params: Record<string, unknown> = {}) => call('department.get', params).body as Body
  const all = () => [0, 50].flatMap((start) => body({ start }).result)

  test('pages of 50 with total/next; a page past the end is the first page again', () => {
    const first = body()
    expect(first.result).toHaveLength(50)
    expect(first).toMatchObject({ total: 80, next: 50 })
    const second = body({ start: 50 })
    expect(second.result).toHaveLength(30)
    expect(second.next).toBeUndefined()
    expect(body({ start: 60 }).result).toEqual(second.result)
    const past = body({ start: 500 })
    expect(past.result).toEqual(first.result)
    expect(past).toMatchObject({ total: 80, next: 50 })
    expect(body({ start: -1 })).toMatchObject({ total: 0 })
    expect(body({ start: -1 })).not.toHaveProperty('next')
  })

  test('tree order (LEFT_MARGIN): every department after its parent, the root first', () => {
    const rows = all()
    expect(rows[0]).toMatchObject({ ID: '1' })
    const seen = new Set<string>()
    for (const row of rows) {
      if (row.PARENT !== undefined) expect(seen.has(String(row.PARENT))).toBe(true)
      seen.add(String(row.ID))
    }
    expect(ids(rows)).not.toEqual([...ids(rows)].sort((a, b) => a - b))
  })

  test('only globally active departments: an archived branch hides with everything below it', () => {
    const rows = all()
    expect(rows).toHaveLength(80)
    expect(rows.map((d) => d.NAME)).not.toContain(ARCHIVED_BRANCH)
    expect(body({ ID: [81, 82] }).result).toEqual([])
    expect(engine.describe().employees).toBe(2000)
  })

  test('answer shape: string ids, numeric SORT, no PARENT on the root', () => {
    const [root] = body({ ID: 1 }).result
    const [child] = body({ ID: 2 }).result
    expect(root).toMatchObject({ ID: '1', SORT: 500, UF_HEAD: '1' })
    expect(root).not.toHaveProperty('PARENT')
    expect(child).toMatchObject({ ID: '2', PARENT: expect.stringMatching(/^\d+$/) })
  })

  test('filters by exact names: ID, PARENT (0 for the top), NAME as SQL LIKE; FILTER replaces the query', () => {
    expect(ids(body({ ID: 3 }).result)).toEqual([3])
    expect(body({ id: 3 }).result).toHaveLength(50)
    const children = body({ PARENT: 1 }).result
    expect(children.length).toBeGreaterThan(3)
    expect(children.every((d) => d.PARENT === '1')).toBe(true)
    expect(ids(body({ PARENT: 0 }).result)).toEqual([1])
    expect(ids(body({ NAME: 'отдел продаж' }).result)).toEqual([5])
    expect(body({ NAME: 'Отдел' }).result).toEqual([])
    expect(ids(body({ NAME: 'Отдел%' }).result)).toEqual([5])
    expect(ids(body({ FILTER: { ID: 3 }, ID: 4 }).result)).toEqual([3])
    expect(body({ filter: { ID: 3 } }).result).toHaveLength(50)
  })

  test('sort names a field in any case; an upper-case SORT also filters by SORT (and finds nothing)', () => {
    const names = body({ sort: 'NAME', order: 'desc' }).result.map((d) => String(d.NAME))
    expect(names).toEqual([...names].sort().reverse())
    expect(body({ SORT: 100 }).result.every((d) => d.SORT === 100)).toBe(true)
    expect(body({ SORT: 'NAME' }).result).toEqual([])
    expect(body({ FILTER: { sort: 'NAME' } }).result).toEqual(body({ sort: 'NAME' }).result)
  })
})

import type { Params } from '@/api/b24/client.ts'
import { fakePortal, page, restError } from '@/test/fake-portal.ts'
import { addChunk, emptyDirectory } from '../model/merge-directory.ts'
import { streamDirectory } from './get-directory.ts'

const user = (id: number) => ({ ID: String(id), NAME: `N${id}`, LAST_NAME: 'L', UF_DEPARTMENT: [1] })

/** A portal with `count` users answering user.get pages by offset; counts batches. */
function portalOf(count: number, extra: (method: string, params: Params) => unknown = () => ({})) {
  const all = Array.from({ length: count }, (_, i) => user(i + 1))
  let batches = 0
  const portal = fakePortal((method, params) => {
    if (method === 'user.get') {
      const start = Number(params.start)
      return page(all.slice(start, start + 50), count)
    }
    if (method === 'department.get') return page([{ ID: '1', NAME: 'HQ' }], 1)
    return extra(method, params)
  })
  const batch = portal.client.batch.bind(portal.client)
  portal.client.batch = (commands) => {
    batches += 1
    return batch(commands)
  }
  return { client: portal.client, batches: () => batches }
}

async function collect(stream: AsyncGenerator<Parameters<typeof addChunk>[1]>) {
  const seen: number[] = []
  let directory = emptyDirectory
  for await (const piece of stream) {
    directory = addChunk(directory, piece)
    seen.push(directory.employees.length)
  }
  return { directory, seen }
}

test('120 employees: the first batch tells the total, one more brings the rest', async () => {
  const { client, batches } = portalOf(120)
  const { directory, seen } = await collect(streamDirectory(client))
  expect(seen).toEqual([50, 120])
  expect(batches()).toBe(2)
  expect(directory.total).toBe(120)
  expect(directory.employees.map((e) => e.id)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1))
  expect(directory.departments.get(1)?.name).toBe('HQ')
})

test("2,600 employees: a first batch, then the other pages at once over five of the pool's six lanes", async () => {
  const { client, batches } = portalOf(2600)
  let inFlight = 0
  let most = 0
  const sizes: number[] = []
  const batch = client.batch.bind(client)
  client.batch = async (commands) => {
    sizes.push(Object.keys(commands).length)
    most = Math.max(most, ++inFlight)
    // Later batches answer first: the list must not depend on the order answers land in.
    await new Promise((resolve) => setTimeout(resolve, 60 - sizes.length * 5))
    try {
      return await batch(commands)
    } finally {
      inFlight--
    }
  }
  const { directory, seen } = await collect(streamDirectory(client))
  // 51 more pages: 5 batches of at least 10 commands, all in flight together; the sixth lane is the SIP
  // settings'.
  expect(sizes).toEqual([3, 11, 11, 11, 11, 7])
  expect(batches()).toBe(6)
  expect(most).toBe(5)
  expect(seen).toHaveLength(6)
  expect(seen.at(-1)).toBe(2600)
  expect(directory.employees.map((e) => e.id)).toEqual(Array.from({ length: 2600 }, (_, i) => i + 1))
})

test('the other pages are asked for before the first rows are taken in: showing them holds nothing up', async () => {
  const { client, batches } = portalOf(2600)
  const stream = streamDirectory(client)
  const first = await stream.next()
  expect(first.value?.employees).toHaveLength(50)
  await new Promise((resolve) => setTimeout(resolve, 0))
  expect(batches()).toBe(6)
  await stream.return(undefined)
})

test('20,000 employees: two whole waves of batches over five lanes, at most 50 commands each', async () => {
  const { client } = portalOf(20_000)
  const sizes: number[] = []
  const batch = client.batch.bind(client)
  client.batch = (commands) => {
    sizes.push(Object.keys(commands).length)
    return batch(commands)
  }
  const { directory } = await collect(streamDirectory(client))
  expect(sizes).toEqual([3, ...Array.from({ length: 9 }, () => 40), 39])
  expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(3 + 399)
  expect(directory.employees).toHaveLength(20_000)
})

test('small photos: user.get is asked for the 150×150 copies, not the originals', async () => {
  const asked: Params[] = []
  const { client } = portalOf(3, () => ({}))
  const batch = client.batch.bind(client)
  client.batch = (commands) => {
    for (const command of Object.values(commands))
      if (command.method === 'user.get') asked.push(command.params ?? {})
    return batch(commands)
  }
  await collect(streamDirectory(client))
  expect(asked[0]).toMatchObject({ IMAGE_RESIZE: 'small' })
})

test('a row repeated across pages (the list changed while paging) is kept once', () => {
  const piece = (ids: number[]) => ({
    employees: ids.map((id) => ({
      id,
      fullName: `N${id}`,
      position: '',
      photoUrl: null,
      departmentIds: [],
      extension: null,
    })),
    departments: [],
    total: 3,
    rejected: 0,
  })
  const directory = addChunk(addChunk(emptyDirectory, piece([1, 2])), piece([2, 3]))
  expect(directory.employees.map((e) => e.id)).toEqual([1, 2, 3])
})

test('rows that fail validation are counted, not silently lost', async () => {
  const portal = fakePortal((method) =>
    method === 'user.get' ? page([user(1), { NAME: 'no id' }, user(3)], 3) : page([], 0),
  )
  const { directory } = await collect(streamDirectory(portal.client))
  expect(directory.employees.map((e) => e.id)).toEqual([1, 3])
  expect(directory.rejected).toBe(1)
})

test('line names unreadable without "Management of Numbers": the raw ids are used', async () => {
  const { client } = portalOf(3, (method) => {
    if (method === 'voximplant.line.get') throw restError('ACCESS_DENIED', 403)
    return {}
  })
  const { directory } = await collect(streamDirectory(client))
  expect(directory.lines).toEqual({ readable: false })
})

test('a failed page in a later batch fails the load too, whichever batch lands first', async () => {
  const all = Array.from({ length: 600 }, (_, i) => user(i + 1))
  const portal = fakePortal((method, params) => {
    if (method !== 'user.get') return page([], 0)
    const start = Number(params.start)
    if (start === 550) throw restError('INTERNAL_SERVER_ERROR', 500)
    return page(all.slice(start, start + 50), all.length)
  })
  await expect(collect(streamDirectory(portal.client))).rejects.toMatchObject({ kind: 'rest' })
})

test('a failed user page fails the load instead of showing a partial list as whole', async () => {
  const portal = fakePortal((method) => {
    if (method === 'user.get') throw restError('QUERY_LIMIT_EXCEEDED', 503)
    return page([], 0)
  })
  await expect(collect(streamDirectory(portal.client))).rejects.toMatchObject({ kind: 'rate-limited' })
})

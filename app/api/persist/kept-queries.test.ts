import { QueryClient, type Query } from '@tanstack/react-query'
import { brokenStore, memoryStore, silentStore } from '@/test/memory-store.ts'
import { keptQueries, type KeepOptions } from './kept-queries.ts'

const WEEK = 7 * 24 * 60 * 60_000
const options = (overrides: Partial<KeepOptions> = {}): KeepOptions => ({
  key: 'list|portal|user-a',
  buster: 'shape-1',
  maxAge: WEEK,
  shouldKeep: (query: Query) => query.queryKey[0] === 'list' && query.state.status === 'success',
  toStored: (data) => ({ names: (data as { names: string[]; secret?: string }).names }),
  fromStored: (data) => ({ ...(data as object), restored: true }),
  restoreWithinMs: 50,
  ...overrides,
})

/** One opening of the app: a client, keeping for user `owner`, that wrote `names` if given. */
async function open(store: ReturnType<typeof memoryStore>, owner: number, names?: string[], over = {}) {
  const client = new QueryClient()
  const kept = keptQueries(client, store, options(over))
  const restoredFor = await kept.restore()
  kept.keep(() => owner)
  if (names) client.setQueryData(['list'], { names, secret: 's3cret' })
  client.setQueryData(['sip'], { password: 'p4ss' })
  await Promise.resolve()
  return { client, restoredFor }
}

test('what one opening kept, the next one restores, marked, for the user it was read for', async () => {
  const store = memoryStore()
  await open(store, 1, ['Anna', 'Boris'])
  await vi.waitFor(() => expect(store.entries.size).toBe(1))
  const { client, restoredFor } = await open(store, 1)
  expect(restoredFor).toBe(1)
  expect(client.getQueryData(['list'])).toEqual({ names: ['Anna', 'Boris'], restored: true })
})

test('only the chosen query is written, through toStored: nothing else, no secret', async () => {
  const store = memoryStore()
  await open(store, 1, ['Anna'])
  await vi.waitFor(() => expect(store.entries.size).toBe(1))
  const written = JSON.stringify([...store.entries.values()])
  expect(written).toContain('Anna')
  expect(written).not.toContain('s3cret')
  expect(written).not.toContain('p4ss')
  expect(written).not.toContain('"sip"')
})

test('another key (user or portal) restores nothing', async () => {
  const store = memoryStore()
  await open(store, 1, ['Anna'])
  await vi.waitFor(() => expect(store.entries.size).toBe(1))
  const { client, restoredFor } = await open(store, 2, undefined, { key: 'list|portal|user-b' })
  expect(restoredFor).toBeUndefined()
  expect(client.getQueryData(['list'])).toBeUndefined()
})

test('a kept state older than maxAge, or of another shape, is thrown away', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  try {
    const store = memoryStore()
    await open(store, 1, ['Anna'])
    await vi.waitFor(() => expect(store.entries.size).toBe(1))
    vi.setSystemTime(Date.now() + WEEK + 1000)
    const late = await open(store, 1)
    expect(late.client.getQueryData(['list'])).toBeUndefined()
    expect(store.entries.size).toBe(0)

    await open(store, 1, ['Boris'])
    await vi.waitFor(() => expect(store.entries.size).toBe(1))
    const reshaped = await open(store, 1, undefined, { buster: 'shape-2' })
    expect(reshaped.client.getQueryData(['list'])).toBeUndefined()
    expect(store.entries.size).toBe(0)
  } finally {
    vi.useRealTimers()
  }
})

test('the same data is written once, however many cache events follow', async () => {
  const store = memoryStore()
  const writes = vi.spyOn(store, 'set')
  const { client } = await open(store, 1, ['Anna'])
  await vi.waitFor(() => expect(writes).toHaveBeenCalledTimes(1))
  for (let i = 0; i < 5; i++) client.setQueryData(['sip'], { password: `p${i}` })
  await new Promise((resolve) => setTimeout(resolve, 10))
  expect(writes).toHaveBeenCalledTimes(1)
})

test('nothing is written before the user is known', async () => {
  const store = memoryStore()
  const client = new QueryClient()
  const caller: { id?: number } = {}
  const kept = keptQueries(client, store, options())
  kept.keep(() => caller.id)
  client.setQueryData(['list'], { names: ['Anna'] })
  await new Promise((resolve) => setTimeout(resolve, 10))
  expect(store.entries.size).toBe(0)
  caller.id = 1
  kept.save()
  await vi.waitFor(() => expect(store.entries.size).toBe(1))
})

test('nothing is written while a query is still fetching: once the last one settles, it is', async () => {
  const store = memoryStore()
  const client = new QueryClient()
  keptQueries(client, store, options()).keep(() => 1)
  let settle = (): void => undefined
  const loading = client.fetchQuery({
    queryKey: ['sip'],
    queryFn: () => new Promise<string>((resolve) => (settle = () => resolve('read'))),
  })
  client.setQueryData(['list'], { names: ['Anna'] })
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(store.entries.size).toBe(0)
  settle()
  await loading
  await vi.waitFor(() => expect(store.entries.size).toBe(1))
})

test('a write waiting for its moment is dropped when the kept state is forgotten meanwhile', async () => {
  const store = memoryStore()
  const client = new QueryClient()
  const moments: Array<() => void> = []
  const free = () => new Promise<void>((resolve) => moments.push(resolve))
  const kept = keptQueries(client, store, options({ free }))
  kept.keep(() => 1)
  client.setQueryData(['list'], { names: ['Anna'] })
  await vi.waitFor(() => expect(moments).toHaveLength(1))
  await kept.forget()
  for (const moment of moments) moment()
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(store.entries.size).toBe(0)

  // Written when its moment comes, and nothing before it.
  client.setQueryData(['list'], { names: ['Boris'] })
  await vi.waitFor(() => expect(moments).toHaveLength(2))
  expect(store.entries.size).toBe(0)
  moments[1]?.()
  await vi.waitFor(() => expect(JSON.stringify([...store.entries.values()])).toContain('Boris'))
})

test('rubbish in storage is not restored', async () => {
  const store = memoryStore()
  await store.set('list|portal|user-a', { owner: 'x', client: 5 })
  expect((await open(store, 1)).client.getQueryData(['list'])).toBeUndefined()
  await store.set('list|portal|user-a', {
    owner: 1,
    client: { buster: 'shape-1', timestamp: Date.now(), clientState: { queries: 'no', mutations: [] } },
  })
  expect((await open(store, 1)).restoredFor).toBeUndefined()
})

test('storage that throws or never answers is storage absent: nothing restored, nothing thrown', async () => {
  for (const store of [brokenStore(), silentStore()]) {
    const client = new QueryClient()
    const kept = keptQueries(client, store, options())
    await expect(kept.restore()).resolves.toBeUndefined()
    kept.keep(() => 1)
    client.setQueryData(['list'], { names: ['Anna'] })
    await expect(kept.forget()).resolves.toBeUndefined()
  }
})

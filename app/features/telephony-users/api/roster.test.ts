import type { B24Client } from '@/api/b24/client.ts'
import { beginRoster, followRoster } from './roster.ts'

/** Only its identity matters: the roster is kept per client. */
const aClient = () => ({}) as B24Client

async function collect(client: B24Client, signal = new AbortController().signal) {
  const got: number[][] = []
  for await (const ids of followRoster(client, signal)) got.push(ids)
  return got
}

test('what has landed comes at once, then each batch as it lands; it ends when the list is whole', async () => {
  const client = aClient()
  const load = beginRoster(client)
  load.add([1, 2])
  const following = collect(client)
  await Promise.resolve()
  load.add([3])
  load.end()
  expect((await following).flat()).toEqual([1, 2, 3])
})

test('each landed batch comes on its own, also those landed before the following began', async () => {
  const client = aClient()
  const load = beginRoster(client)
  load.add([1, 2])
  load.add([3])
  const following = collect(client)
  await Promise.resolve()
  load.add([4, 5])
  load.end()
  expect(await following).toEqual([[1, 2], [3], [4, 5]])
})

test('a newer load is followed to its end; employees already read are not read again', async () => {
  const client = aClient()
  const first = beginRoster(client)
  first.add([1, 2])
  const following = collect(client)
  await Promise.resolve()
  const second = beginRoster(client)
  second.add([2, 3])
  first.end() // the older load ending does not end the following
  await Promise.resolve()
  second.add([4])
  second.end()
  expect((await following).flat()).toEqual([1, 2, 3, 4])
})

test('with no load of the list it ends at once; a cancel ends it while waiting', async () => {
  expect(await collect(aClient())).toEqual([])
  const client = aClient()
  beginRoster(client).add([1])
  const controller = new AbortController()
  const following = collect(client, controller.signal)
  await Promise.resolve()
  controller.abort()
  expect(await following).toEqual([[1]])
})

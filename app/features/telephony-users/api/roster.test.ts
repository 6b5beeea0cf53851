import type { B24Client, BatchOutcome } from '@/api/b24/client.ts'
import { beginRoster, followRoster, type RosterBatch } from './roster.ts'

/** Only its identity matters: the roster is kept per client. */
const aClient = () => ({}) as B24Client

async function collectBatches(client: B24Client, signal = new AbortController().signal) {
  const got: RosterBatch[] = []
  for await (const batch of followRoster(client, signal)) got.push(batch)
  return got
}

/** The ids of each batch followed. */
const collect = async (client: B24Client, signal?: AbortSignal) =>
  (await collectBatches(client, signal)).map((batch) => batch.ids)

/** A batch's own SIP answer (its content does not matter to the roster). */
const answer = (): BatchOutcome => ({ ok: true, result: [], total: undefined })

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

test("a batch's own SIP answer goes to one follower, and only to one already following when it landed", async () => {
  const client = aClient()
  const load = beginRoster(client)
  const before = answer()
  load.add([1, 2], before) // landed before anyone followed: a follower begun now reads anew
  const controller = new AbortController()
  const following = collectBatches(client, controller.signal)
  await Promise.resolve()
  const own = answer()
  load.add([3, 4], own)
  const second = new AbortController()
  const again = collectBatches(client, second.signal)
  await Promise.resolve()
  load.end()
  expect(await following).toEqual([{ ids: [1, 2] }, { ids: [3, 4], sip: own }])
  // Handed out once: a second follower (a refresh begun meanwhile) reads those ids itself.
  expect(await again).toEqual([{ ids: [1, 2] }, { ids: [3, 4] }])
})

test('a batch holding ids already read comes without its answer: the answer was for all of them', async () => {
  const client = aClient()
  const load = beginRoster(client)
  const following = collectBatches(client)
  await Promise.resolve()
  load.add([1, 2])
  await Promise.resolve()
  load.add([2, 3], answer())
  load.end()
  expect(await following).toEqual([{ ids: [1, 2] }, { ids: [3] }])
})

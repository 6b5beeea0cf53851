import { QueryClient } from '@tanstack/react-query'
import type { B24Client } from '@/api/b24/client.ts'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { streamDirectory } from './get-directory.ts'
import { markRowsShown } from './rows-shown.ts'
import { asSearch, untilSearchesAnswered } from './searches-first.ts'
import { searchQuery } from './use-directory-search.ts'

beforeAll(() => markRowsShown())

/** A promise and the function that settles it. */
function gate() {
  let open: () => void = () => undefined
  let fail: (error: Error) => void = () => undefined
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve
    fail = reject
  })
  return { promise, open, fail }
}

/** Whether `promise` has settled after the tasks queued so far have run. */
async function settledSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  )
  await new Promise((resolve) => setTimeout(resolve, 20))
  return settled
}

/** The client's batches: how many commands each; a search's batch (its `hits`) waits for `searchGate`. */
function holdSearches(client: B24Client, searchGate: Promise<void>): number[] {
  const sizes: number[] = []
  const batch = client.batch.bind(client)
  client.batch = async (commands, options) => {
    if ('hits' in commands) await searchGate
    else sizes.push(Object.keys(commands).length)
    return batch(commands, options)
  }
  return sizes
}

test('with no search waiting, nothing is held', async () => {
  const { portal } = inProcessPortal()
  const waiting = untilSearchesAnswered(portal.client, 5_000)
  expect(await settledSoon(waiting)).toBe(true)
  expect(await waiting).toBe(false) // it did not wait
})

test('a search is waited for until it is answered or fails, and one asked meanwhile too', async () => {
  const { portal } = inProcessPortal()
  const first = gate()
  const second = gate()
  void asSearch(portal.client, first.promise)
  const waiting = untilSearchesAnswered(portal.client, 5_000)
  expect(await settledSoon(waiting)).toBe(false)
  asSearch(portal.client, second.promise).catch(() => undefined)
  first.open()
  expect(await settledSoon(waiting)).toBe(false)
  second.fail(new Error('network'))
  expect(await settledSoon(waiting)).toBe(true)
  expect(await waiting).toBe(true)
  // Another client's searches are its own.
  void asSearch(portal.client, gate().promise)
  expect(await settledSoon(untilSearchesAnswered(inProcessPortal().portal.client, 5_000))).toBe(true)
})

test('a search that never answers holds nothing longer than the limit', async () => {
  const { portal } = inProcessPortal()
  void asSearch(portal.client, gate().promise)
  const started = Date.now()
  await untilSearchesAnswered(portal.client, 150)
  expect(Date.now() - started).toBeGreaterThanOrEqual(140)
})

test('the list’s later pages wait for a search typed before they were sent, then go', async () => {
  const { portal } = inProcessPortal({ employees: 2600 })
  const answer = gate()
  const sizes = holdSearches(portal.client, answer.promise)
  const queryClient = new QueryClient()
  const stream = streamDirectory(portal.client)
  await stream.next()
  const search = queryClient.fetchQuery(searchQuery(portal.client, queryClient, { NAME_SEARCH: 'Last2600' }))
  const more = stream.next()
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(sizes).toHaveLength(2) // the first page, and the departments with the lines
  answer.open()
  expect((await search).employees.map((employee) => employee.id)).toEqual([2600])
  await vi.waitFor(() => expect(sizes.length).toBeGreaterThan(2))
  await more
  await stream.return(undefined)
})

import type { B24Client, Params } from '@/api/b24/client.ts'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { restErrors } from '@/test/fail-when.ts'
import { addChunk, emptyDirectory, shareDirectory } from '../model/merge-directory.ts'
import { directoryQuery, streamDirectory } from './get-directory.ts'
import { followRoster, type RosterBatch } from './roster.ts'
import { markRowsShown } from './rows-shown.ts'

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

// The screen has drawn its first batch (what the later pages also wait for: get-directory-first-rows.test.ts).
beforeAll(() => markRowsShown())

/** The app's own batches, as its client sends them: how many commands each, and every command's params. */
function watchBatches(client: B24Client) {
  const sizes: number[] = []
  const params: Array<{ method: string; params: Params }> = []
  const batch = client.batch.bind(client)
  client.batch = (commands, options) => {
    sizes.push(Object.keys(commands).length)
    for (const command of Object.values(commands))
      params.push({ method: command.method, params: command.params ?? {} })
    return batch(commands, options)
  }
  return { sizes, params }
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

test('120 employees: the first page and the departments with the lines at once, then one more brings the rest', async () => {
  const { portal, engine } = inProcessPortal({ employees: 120 })
  const { sizes, params } = watchBatches(portal.client)
  const { directory, seen } = await collect(streamDirectory(portal.client))
  expect(seen).toEqual([50, 120])
  expect(engine.log.map((entry) => entry.method)).toEqual(['batch', 'batch', 'batch'])
  // The last batch: two pages and their employees' SIP settings.
  expect(sizes).toEqual([1, 2, 3])
  expect(params.map((command) => command.method)).toEqual([
    'user.get',
    'department.get',
    'voximplant.line.get',
    'user.get',
    'user.get',
    'voximplant.user.get',
  ])
  expect(directory.total).toBe(120)
  expect(directory.employees.map((e) => e.id)).toEqual(range(120))
  expect(directory.departments.get(1)?.name).toBe('Sales')
  expect(directory.departments.get(2)?.name).toBe('Support')
})

test('2,600 employees: the first requests, then the other pages at once, five batches of about ten pages', async () => {
  const { portal, engine } = inProcessPortal({ employees: 2600 })
  const client = portal.client
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
  // 51 more pages: 5 batches of at least 10 pages (a smaller one costs more than it saves), each with
  // its employees' SIP settings, all in flight together.
  expect(sizes).toEqual([1, 2, 12, 11, 11, 11, 11])
  expect(engine.log).toHaveLength(7)
  expect(most).toBe(5)
  // The first page, then the batches: as each lands, or together when several land while the screen draws.
  expect(seen.length).toBeGreaterThanOrEqual(2)
  expect(seen.length).toBeLessThanOrEqual(6)
  expect(seen.at(-1)).toBe(2600)
  expect(directory.employees.map((e) => e.id)).toEqual(range(2600))
})

test('the other pages are asked for once the first rows are painted: sending them would hold the rows back', async () => {
  const frames: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  try {
    const { portal } = inProcessPortal({ employees: 2600 })
    const { sizes } = watchBatches(portal.client)
    const stream = streamDirectory(portal.client)
    const first = await stream.next()
    expect(first.value?.employees).toHaveLength(50)
    const more = stream.next() // the screen takes the first rows in and reads on
    for (let tick = 0; tick < 20; tick++) await Promise.resolve()
    expect(sizes).toHaveLength(2) // the first two requests only, until a frame is painted
    frames.shift()?.(0)
    await vi.waitFor(() => expect(sizes).toHaveLength(7))
    await more
    await stream.return(undefined)
  } finally {
    vi.unstubAllGlobals()
  }
})

test("20,000 employees: one batch for each of the list's 26 lanes, of even size", async () => {
  const { portal, commands } = inProcessPortal({ employees: 20_000 })
  const { sizes } = watchBatches(portal.client)
  const { directory } = await collect(streamDirectory(portal.client))
  // 399 pages after the first: 15 or 16 a batch, and each batch's SIP settings.
  expect(sizes).toEqual([
    1,
    2,
    ...Array.from({ length: 9 }, () => 17),
    ...Array.from({ length: 17 }, () => 16),
  ])
  expect(commands('user.get')).toHaveLength(400)
  expect(commands('voximplant.user.get')).toHaveLength(26)
  expect(directory.employees).toHaveLength(20_000)
  expect(directory.employees.at(-1)?.id).toBe(20_000)
}, 30_000)

test('batches that land while the screen draws come to it as one piece: one redraw, not one each', async () => {
  const frames: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  try {
    const { portal, engine } = inProcessPortal({ employees: 2600 })
    const stream = streamDirectory(portal.client)
    expect((await stream.next()).value?.employees).toHaveLength(50)
    const later = stream.next()
    frames.shift()?.(0) // the first rows are painted: the other pages go
    const first = (await later).value?.employees.length ?? 0
    expect(first).toBeGreaterThan(0)
    // The screen draws that piece and paints no frame yet: every other batch lands meanwhile.
    await vi.waitFor(() => expect(engine.log).toHaveLength(7))
    await new Promise((resolve) => setTimeout(resolve, 20))
    const rest = stream.next()
    frames.shift()?.(0)
    expect((await rest).value?.employees).toHaveLength(2550 - first)
    expect((await stream.next()).done).toBe(true)
  } finally {
    vi.unstubAllGlobals()
  }
})

test('each batch goes on the roster (the SIP settings follow it) the moment it lands, before the screen takes it in', async () => {
  const { portal } = inProcessPortal({ employees: 2600 })
  const stream = streamDirectory(portal.client)
  await stream.next()
  // The screen reads on once the first rows are drawn, then takes nothing more in: the later batches wait, unread.
  void stream.next()
  const controller = new AbortController()
  const followed: number[] = []
  const following = (async () => {
    for await (const { ids } of followRoster(portal.client, controller.signal)) followed.push(...ids)
  })()
  await vi.waitFor(() => expect(followed).toHaveLength(2600))
  controller.abort()
  await following
  await stream.return(undefined)
})

test("each later batch reads its employees' SIP settings by reference to its own rows, and hands them to the roster", async () => {
  const { portal, engine } = inProcessPortal({ employees: 2600 })
  const controller = new AbortController()
  const batches: RosterBatch[] = []
  const stream = streamDirectory(portal.client)
  const following = (async () => {
    for await (const batch of followRoster(portal.client, controller.signal)) batches.push(batch)
  })()
  await collect(stream)
  await following
  // The first page's employees have no answer of their own (their settings are read beside the first
  // rows); every later batch's answer holds exactly its employees, in the order it lists them.
  expect(batches[0]?.sip).toBeUndefined()
  const later = batches.slice(1)
  expect(later).toHaveLength(5)
  for (const { ids, sip } of later) {
    expect(sip?.ok).toBe(true)
    const rows = sip?.ok ? (sip.result as Array<{ ID: string }>) : []
    expect(rows.map((row) => Number(row.ID))).toEqual(ids)
    expect(rows.every((row) => engine.voximplantUser(Number(row.ID)) !== undefined)).toBe(true)
  }
  expect(later.flatMap((batch) => batch.ids).sort((a, b) => a - b)).toEqual(range(2600).slice(50))
})

test('the cache shares the directory by employee id (batches land out of order): see merge-directory.test.ts', () => {
  const { portal } = inProcessPortal()
  expect(directoryQuery(portal.client).structuralSharing).toBe(shareDirectory)
})

test('small photos: user.get is asked for the 150×150 copies, not the originals', async () => {
  const { portal } = inProcessPortal()
  const { params } = watchBatches(portal.client)
  await collect(streamDirectory(portal.client))
  const userGets = params.filter((command) => command.method === 'user.get')
  expect(userGets).toHaveLength(1)
  expect(userGets[0]?.params).toMatchObject({ IMAGE_RESIZE: 'small' })
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
      email: null,
    })),
    departments: [],
    total: 3,
    rejected: 0,
  })
  const directory = addChunk(addChunk(emptyDirectory, piece([1, 2])), piece([2, 3]))
  expect(directory.employees.map((e) => e.id)).toEqual([1, 2, 3])
})

test('rows that fail validation are counted over the pages, not silently lost', () => {
  // Which rows fail is parseRows' (to-view-model.test.ts); the engine only ever answers valid rows.
  const piece = (rejected: number) => ({ employees: [], departments: [], total: 3, rejected })
  expect(addChunk(addChunk(emptyDirectory, piece(1)), piece(2)).rejected).toBe(3)
})

test('line names unreadable without "Management of Numbers": the raw ids are used', async () => {
  const { portal } = inProcessPortal({ settings: { lineNamesReadable: false } })
  const { directory } = await collect(streamDirectory(portal.client))
  expect(directory.lines).toEqual({ readable: false })
  expect(directory.employees).toHaveLength(3) // the rest of the list is unaffected
})

const page550 = (call: { method: string; params: Record<string, unknown> }) =>
  call.method === 'user.get' && Number(call.params.start) === 550

test('a later batch failing as a whole (HTTP 500) fails the load, whichever batch lands first', async () => {
  const { portal, failWhen } = inProcessPortal({ employees: 600 })
  failWhen(page550, { kind: 'error500', when: 'before' })
  await expect(collect(streamDirectory(portal.client))).rejects.toMatchObject({
    kind: 'rest',
    detail: { code: 'INTERNAL_SERVER_ERROR', status: 500 },
  })
})

test('one failed page inside a later batch fails the load instead of showing a partial list as whole', async () => {
  const { portal, failWhen } = inProcessPortal({ employees: 600 })
  failWhen(page550, restErrors.core('Internal error'))
  await expect(collect(streamDirectory(portal.client))).rejects.toMatchObject({
    kind: 'rest',
    detail: { code: 'ERROR_CORE' },
  })
})

test('the request limit refusing the user pages (503) fails the load as rate-limited', async () => {
  const { portal, commands } = inProcessPortal({ settings: { bucket: { drainPerSecond: 0.001, limit: 0 } } })
  await expect(collect(streamDirectory(portal.client))).rejects.toMatchObject({ kind: 'rate-limited' })
  expect(commands('user.get').length).toBeGreaterThan(0) // it did reach the portal, which refused it
})

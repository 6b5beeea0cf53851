import type { B24Client } from '@/api/b24/client.ts'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { streamDirectory } from './get-directory.ts'
import { markRowsShown } from './rows-shown.ts'

// Apart from get-directory.test.ts: here the screen has not drawn anything when a test begins.

function countBatches(client: B24Client): number[] {
  const sizes: number[] = []
  const batch = client.batch.bind(client)
  client.batch = (commands, options) => {
    sizes.push(Object.keys(commands).length)
    return batch(commands, options)
  }
  return sizes
}

afterEach(() => {
  vi.unstubAllGlobals()
})

test('a screen that never draws the list holds its later pages back for a second at most', async () => {
  const { portal } = inProcessPortal({ employees: 2600 })
  const sizes = countBatches(portal.client)
  const stream = streamDirectory(portal.client)
  await stream.next()
  const started = Date.now()
  const more = stream.next()
  await vi.waitFor(() => expect(sizes).toHaveLength(7), { timeout: 3_000 })
  expect(Date.now() - started).toBeGreaterThanOrEqual(900)
  await more
  await stream.return(undefined)
})

test('the later pages wait for the screen to draw the first batch, painted frames or not, then go', async () => {
  const frames: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  const { portal } = inProcessPortal({ employees: 2600 })
  const sizes = countBatches(portal.client)
  const stream = streamDirectory(portal.client)
  await stream.next()
  const more = stream.next()
  // The first page landed before the table was mounted: frames are painted, with no row in them yet.
  await new Promise((resolve) => setTimeout(resolve, 200))
  for (const frame of frames.splice(0)) frame(0)
  await new Promise((resolve) => setTimeout(resolve, 200))
  expect(sizes).toHaveLength(2)
  markRowsShown()
  await vi.waitFor(() => expect(frames.length).toBeGreaterThan(0))
  frames.shift()?.(0)
  await vi.waitFor(() => expect(sizes).toHaveLength(7))
  await more
  await stream.return(undefined)
})

/**
 * The app server under abuse, on loopback, in this process (an uncaught error here fails the run):
 * downloads that are cut off, files that vanish while served, huge POSTs. Bounded to a few seconds.
 */
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { createServer as createSocketServer, type Server as SocketServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createAppServer, type AppServer } from './app-server.ts'

const MB = 1024 * 1024
let dir: string
let server: AppServer
let socketFile: SocketServer

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'app-server-load-'))
  await mkdir(path.join(dir, 'assets'))
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(path.join(dir, 'assets', 'small-abc.js'), Buffer.alloc(MB, 'a'))
  // Far more than loopback buffers hold, so a cut-off download is always cut off mid-file; sparse, so free.
  await writeFile(path.join(dir, 'assets', 'huge-abc.js'), '')
  await truncate(path.join(dir, 'assets', 'huge-abc.js'), 256 * MB)
  // A name that can be looked up but not opened (open(2) fails with ENXIO, even for root): what a file
  // removed by a redeploy between sirv's lookup and its opening looks like.
  socketFile = createSocketServer()
  await new Promise<void>((resolve) => socketFile.listen(path.join(dir, 'assets', 'gone-abc.js'), resolve))
  server = await createAppServer({ dir, port: 0 })
})

afterAll(async () => {
  await server.close()
  await new Promise((resolve) => socketFile.close(resolve))
  await rm(dir, { recursive: true, force: true })
})

type Outcome = { status: number; bytes: number } | 'cut'

/** GET `urlPath`; with `cutAfterFirstChunk`, the client goes away once the body has started. */
function download(urlPath: string, cutAfterFirstChunk = false): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port: new URL(server.url).port, path: urlPath, agent: false })
    req.on('response', (res) => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length
        if (cutAfterFirstChunk) req.destroy()
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }))
      res.on('error', () => resolve('cut'))
    })
    req.on('error', () => resolve('cut'))
    req.on('close', () => resolve('cut'))
    req.end()
  })
}

/** A 10 MB form POST to the app page: the server answers 413 and closes, maybe before the body is sent. */
function hugePost(chunked: boolean): Promise<number | 'cut'> {
  return new Promise((resolve) => {
    const headers = chunked ? {} : { 'Content-Length': 10 * MB }
    const req = request({
      host: '127.0.0.1',
      port: new URL(server.url).port,
      method: 'POST',
      path: '/',
      headers,
    })
    req.on('response', (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', () => resolve('cut'))
    req.end(Buffer.alloc(10 * MB, 'x'))
  })
}

const hasProc = existsSync('/proc/self/fd')
const openDescriptors = () => readdirSync('/proc/self/fd').length

/** Waits until the descriptor count is back near `baseline`, and returns it. */
async function settledDescriptors(baseline: number): Promise<number> {
  for (let i = 0; i < 60 && openDescriptors() > baseline + 5; i++) await new Promise((r) => setTimeout(r, 50))
  return openDescriptors()
}

describe('createAppServer under load', () => {
  it('keeps running when a file it found cannot be opened', async () => {
    expect(await download('/assets/gone-abc.js')).toBe('cut')
    expect((await fetch(server.url)).status).toBe(200)
  })

  it('keeps running while a redeploy removes and rewrites the files it serves', async () => {
    const file = path.join(dir, 'assets', 'redeploy-abc.js')
    await writeFile(file, Buffer.alloc(MB, 'r'))
    const slow = download('/assets/huge-abc.js', true)
    let deploying = true
    const deploy = (async () => {
      while (deploying) {
        await rm(file, { force: true })
        await writeFile(file, Buffer.alloc(MB, 'r'))
      }
    })()
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => download('/assets/redeploy-abc.js')))
    deploying = false
    await deploy
    await slow
    for (const outcome of outcomes) {
      if (outcome !== 'cut' && outcome.status === 200) expect(outcome.bytes).toBeLessThanOrEqual(MB)
    }
    expect((await fetch(server.url)).status).toBe(200)
  })

  it('closes every file of cut-off downloads and keeps answering after many downloads and huge POSTs', async () => {
    await download('/assets/small-abc.js')
    const before = hasProc ? openDescriptors() : 0

    const whole = await Promise.all(Array.from({ length: 200 }, () => download('/assets/small-abc.js')))
    expect(whole.filter((outcome) => outcome !== 'cut' && outcome.bytes === MB)).toHaveLength(200)
    const cut = await Promise.all(Array.from({ length: 100 }, () => download('/assets/huge-abc.js', true)))
    expect(cut.every((outcome) => outcome === 'cut')).toBe(true)
    const posts = await Promise.all(Array.from({ length: 20 }, (_, i) => hugePost(i % 4 === 0)))
    expect(posts.filter((status) => status !== 413 && status !== 'cut')).toEqual([])
    expect(posts.filter((status) => status === 413).length).toBeGreaterThan(0)

    expect((await fetch(server.url)).status).toBe(200)
    if (hasProc) expect(await settledDescriptors(before)).toBeLessThanOrEqual(before + 5)
  }, 30_000)
})

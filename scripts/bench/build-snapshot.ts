import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { firstScreenLinks } from './bundle-size.ts'
import { sleep } from './timeout.ts'

export interface BuildSnapshot {
  /** Private copies, by the directory they were copied from. */
  dirs: Map<string, string>
  remove(): Promise<void>
}

/**
 * Copies the built app(s) once at the start and serves the copies: a `vite build` run meanwhile (by
 * `npm start`, the e2e suite, an editor) empties `dist/app` and would fail or mix builds mid-run. A
 * copy taken while a build was writing misses files its index.html names, so it is taken again.
 */
export async function snapshotBuilds(dirs: readonly string[], attempts = 5): Promise<BuildSnapshot> {
  const root = await mkdtemp(path.join(tmpdir(), 'sip-bench-'))
  const copies = new Map<string, string>()
  const remove = () => rm(root, { recursive: true, force: true })
  try {
    for (const [index, dir] of dirs.entries()) {
      const copy = path.join(root, String(index))
      for (let attempt = 1; ; attempt++) {
        if (existsSync(path.join(dir, 'index.html'))) {
          await rm(copy, { recursive: true, force: true })
          await cp(dir, copy, { recursive: true })
          if (await isComplete(copy)) break
        }
        if (attempt >= attempts) throw new Error(`No complete build in ${path.resolve(dir)}: build it first`)
        await sleep(2_000)
      }
      copies.set(dir, copy)
    }
  } catch (error) {
    await remove()
    throw error
  }
  return { dirs: copies, remove }
}

async function isComplete(dir: string): Promise<boolean> {
  try {
    const links = firstScreenLinks(await readFile(path.join(dir, 'index.html'), 'utf8'))
    return [...links.scripts, ...links.styles].every((href) => existsSync(path.resolve(dir, href)))
  } catch {
    return false
  }
}

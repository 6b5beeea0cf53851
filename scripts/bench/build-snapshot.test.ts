import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { snapshotBuilds } from './build-snapshot.ts'

let dir = ''
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('copies a complete build and removes the copy', async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'snapshot-test-'))
  await mkdir(path.join(dir, 'assets'))
  await writeFile(path.join(dir, 'index.html'), '<script type="module" src="./assets/a.js"></script>')
  await writeFile(path.join(dir, 'assets/a.js'), 'console.log(1)')
  const snapshot = await snapshotBuilds([dir])
  const copy = snapshot.dirs.get(dir)!
  expect(await readFile(path.join(copy, 'assets/a.js'), 'utf8')).toBe('console.log(1)')
  await snapshot.remove()
  expect(existsSync(copy)).toBe(false)
})

test('a build whose index.html names missing files is not taken', async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'snapshot-test-'))
  await writeFile(path.join(dir, 'index.html'), '<link rel="stylesheet" href="./assets/gone.css">')
  await expect(snapshotBuilds([dir], 1)).rejects.toThrow(/No complete build/)
})

import { mkdir, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { readZip } from '../scripts/zip.ts'

/** Unpacks our own zip into `dir`, refusing any name that would land outside it. */
export async function unpack(zip: Buffer, dir: string): Promise<string[]> {
  const names: string[] = []
  for (const file of readZip(zip)) {
    const target = path.resolve(dir, file.name)
    if (!target.startsWith(dir + path.sep)) throw new Error(`Unsafe name in the zip: ${file.name}`)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, file.data)
    names.push(file.name)
  }
  return names
}

/** A free loopback port, known before the server that needs it in its CSP starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

/** Chromium reports every CSP violation on the console, from any frame. */
export function cspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text())
  })
  return violations
}

import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readZip, writeZip, type ZipEntry } from './zip.ts'

const mtime = new Date(2024, 0, 15, 13, 45, 31)
const entries: ZipEntry[] = [
  { name: 'index.html', data: Buffer.from('<!doctype html>'.repeat(50)), mtime },
  { name: 'assets/empty.txt', data: new Uint8Array(0), mtime },
  { name: 'assets/noise.bin', data: randomBytes(300), mtime },
  { name: 'assets/тест-ü.js', data: Buffer.from('export const ü = 1\n'.repeat(20)), mtime },
]

function hasCommand(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('writeZip and readZip', () => {
  it('round-trips names and bytes in order', () => {
    const files = readZip(writeZip(entries))
    expect(files.map((file) => file.name)).toEqual(entries.map((entry) => entry.name))
    files.forEach((file, i) => expect(Buffer.compare(file.data, Buffer.from(entries[i]!.data))).toBe(0))
  })

  it('deflates what shrinks', () => {
    const big = Buffer.from('same line\n'.repeat(1000))
    expect(writeZip([{ name: 'a.txt', data: big, mtime }]).length).toBeLessThan(big.length / 10)
  })

  it('refuses names that could escape the target directory, and duplicates', () => {
    for (const name of ['/etc/passwd', '../x', 'a/../../x', 'a\\b', 'a//b', '']) {
      expect(() => writeZip([{ name, data: new Uint8Array(1), mtime }]), name).toThrow(/Unsafe name/)
    }
    expect(() => writeZip([{ name: 'a..b.js', data: new Uint8Array(1), mtime }])).not.toThrow()
    const twice = { name: 'a.js', data: new Uint8Array(1), mtime }
    expect(() => writeZip([twice, twice])).toThrow(/Duplicate name/)
  })

  it('finds a corrupt entry and a file that is no zip', () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('hello hello hello hello'), mtime }])
    const firstDataByte = 30 + 'a.txt'.length
    zip.writeUInt8(zip.readUInt8(firstDataByte) ^ 0xff, firstDataByte)
    expect(() => readZip(zip)).toThrow()
    expect(() => readZip(Buffer.from('not a zip'))).toThrow(/Not a readable ZIP/)
  })

  it.skipIf(!hasCommand('python3', ['--version']))(
    "passes Python's zipfile check, names and times kept",
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'zip-'))
      try {
        const file = path.join(dir, 'app.zip')
        await writeFile(file, writeZip(entries))
        expect(execFileSync('python3', ['-m', 'zipfile', '-t', file], { encoding: 'utf8' })).toContain(
          'Done testing',
        )
        const listing = execFileSync('python3', ['-m', 'zipfile', '-l', file], { encoding: 'utf8' })
        expect(listing).toContain('assets/тест-ü.js')
        expect(listing).toContain('2024-01-15 13:45:30')
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
  )
})

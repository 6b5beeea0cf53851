import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { dosDateTime, readZip, writeZip, type ZipEntry } from './zip.ts'

const mtime = new Date(2024, 0, 15, 13, 45, 31)
const entries: ZipEntry[] = [
  { name: 'index.html', data: Buffer.from('<!doctype html>'.repeat(50)), mtime },
  { name: 'assets/empty.txt', data: new Uint8Array(0), mtime },
  // Bytes DEFLATE cannot shrink: stored as they are.
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
  it('round-trips names, bytes and times, deflating only what shrinks', () => {
    const files = readZip(writeZip(entries))
    expect(files.map((file) => file.name)).toEqual(entries.map((entry) => entry.name))
    files.forEach((file, i) => {
      expect(Buffer.compare(file.data, Buffer.from(entries[i]!.data))).toBe(0)
      expect(file.utf8).toBe(true)
      expect({ time: file.dosTime, date: file.dosDate }).toEqual(dosDateTime(mtime))
    })
    expect(files.map((file) => file.method)).toEqual([8, 0, 0, 8])
  })

  it('stores the standard CRC-32', () => {
    const zip = writeZip([{ name: 'check', data: Buffer.from('123456789'), mtime }])
    // The central directory header follows the one local entry: CRC-32 of "123456789" is CBF43926.
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    expect(zip.readUInt32LE(central + 16)).toBe(0xcbf43926)
  })

  it('refuses names that could escape the target directory', () => {
    for (const name of ['/etc/passwd', '../x', 'a/../../x', 'a\\b', 'a//b', '']) {
      expect(() => writeZip([{ name, data: new Uint8Array(1), mtime }]), name).toThrow(/Unsafe name/)
    }
    expect(() => writeZip([{ name: 'a..b.js', data: new Uint8Array(1), mtime }])).not.toThrow()
  })

  it('finds a corrupt entry', () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('hello'), mtime }])
    const firstDataByte = 30 + 'a.txt'.length
    zip.writeUInt8(zip.readUInt8(firstDataByte) ^ 0xff, firstDataByte)
    expect(() => readZip(zip)).toThrow(/Corrupt entry: a.txt/)
    expect(() => readZip(Buffer.from('not a zip'))).toThrow(/Not a ZIP/)
  })

  it.skipIf(!hasCommand('python3', ['--version']))("passes Python's zipfile check", async () => {
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
  })
})

describe('dosDateTime', () => {
  it('packs local time in 2-second steps and clamps to the DOS range', () => {
    expect(dosDateTime(mtime)).toEqual({
      time: (13 << 11) | (45 << 5) | 15,
      date: (44 << 9) | (1 << 5) | 15,
    })
    expect(dosDateTime(new Date(1970, 0, 1))).toEqual({ time: 0, date: (1 << 5) | 1 })
    expect(() => dosDateTime(new Date(Number.NaN))).toThrow(/Invalid date/)
  })
})

import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib'

/** One file of an archive: a `/`-separated path inside it, its bytes and its modification time. */
export interface ZipEntry {
  name: string
  data: Uint8Array
  mtime: Date
}

const LOCAL_HEADER = 0x04034b50
const CENTRAL_HEADER = 0x02014b50
const END_RECORD = 0x06054b50
/** General purpose flag bit 11: names are UTF-8 (APPNOTE 4.4.4), so non-ASCII names survive any unzip. */
const UTF8_FLAG = 0x0800
const STORED = 0
const DEFLATED = 8
/** "Version needed" 2.0 (DEFLATE); "made by" Unix so that unzip restores rw-r--r-- rather than guessing. */
const VERSION = 20
const MADE_BY_UNIX = (3 << 8) | VERSION
const FILE_MODE = 0o100644
/** No ZIP64 here: an app bundle is far below these limits, and a clear error beats a corrupt archive. */
const MAX_ENTRIES = 0xffff
const MAX_SIZE = 0xffffffff

/** MS-DOS date and time (local time, 2-second steps, years 1980–2107) as the ZIP format stores them. */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = date.getFullYear()
  if (Number.isNaN(year)) throw new Error('Invalid date for a ZIP entry')
  if (year < 1980) return { time: 0, date: (1 << 5) | 1 }
  if (year > 2107) return { time: (23 << 11) | (59 << 5) | 29, date: (127 << 9) | (12 << 5) | 31 }
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  }
}

/** A ZIP archive of `entries`, in their order: DEFLATE where it saves bytes, stored otherwise. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  if (entries.length > MAX_ENTRIES)
    throw new Error(`Too many files for a ZIP without ZIP64: ${entries.length}`)
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    // A relative path of plain segments, so that no unzip can write outside its target directory.
    if (entry.name.includes('\\') || entry.name.split('/').some((s) => s === '' || s === '.' || s === '..'))
      throw new Error(`Unsafe name in a ZIP: ${JSON.stringify(entry.name)}`)
    const name = Buffer.from(entry.name, 'utf8')
    const deflated = deflateRawSync(entry.data, { level: 9 })
    const method = deflated.length < entry.data.length ? DEFLATED : STORED
    const body = method === DEFLATED ? deflated : Buffer.from(entry.data)
    if (entry.data.length > MAX_SIZE || offset > MAX_SIZE)
      throw new Error(`Too large for a ZIP without ZIP64: ${entry.name}`)
    const { time, date } = dosDateTime(entry.mtime)
    const crc = crc32(entry.data)

    const local = Buffer.alloc(30)
    local.writeUInt32LE(LOCAL_HEADER, 0)
    local.writeUInt16LE(VERSION, 4)
    local.writeUInt16LE(UTF8_FLAG, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt16LE(time, 10)
    local.writeUInt16LE(date, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(entry.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)

    const header = Buffer.alloc(46)
    header.writeUInt32LE(CENTRAL_HEADER, 0)
    header.writeUInt16LE(MADE_BY_UNIX, 4)
    local.copy(header, 6, 4, 30) // version needed … name length: the same fields in the same order
    // extra length, comment length, disk number, internal attributes: all 0 (Buffer.alloc)
    header.writeUInt32LE((FILE_MODE << 16) >>> 0, 38)
    header.writeUInt32LE(offset, 42)

    parts.push(local, name, body)
    central.push(header, name)
    offset += local.length + name.length + body.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(END_RECORD, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, directory, end])
}

/** What `readZip` finds for one file. */
export interface ZipFile {
  name: string
  data: Buffer
  method: number
  utf8: boolean
  dosTime: number
  dosDate: number
}

/**
 * Reads archives like the ones `writeZip` makes (no ZIP64, no encryption, no multi-disk), checking every
 * CRC: enough for tests and for unpacking our own package, not a general unzip.
 */
export function readZip(zip: Buffer): ZipFile[] {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (endAt < 0 || endAt + 22 > zip.length) throw new Error('Not a ZIP archive: no end of central directory')
  const count = zip.readUInt16LE(endAt + 10)
  let at = zip.readUInt32LE(endAt + 16)
  const files: ZipFile[] = []
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`Bad central directory header at ${at}`)
    const flags = zip.readUInt16LE(at + 8)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const compressed = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    const localAt = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString(flags & UTF8_FLAG ? 'utf8' : 'latin1')
    if (zip.readUInt32LE(localAt) !== LOCAL_HEADER) throw new Error(`Bad local header for ${name}`)
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28)
    const raw = zip.subarray(dataAt, dataAt + compressed)
    if (method !== STORED && method !== DEFLATED) throw new Error(`Unsupported method ${method} for ${name}`)
    const data = method === DEFLATED ? inflateRawSync(raw) : Buffer.from(raw)
    if (data.length !== size || crc32(data) !== crc) throw new Error(`Corrupt entry: ${name}`)
    files.push({
      name,
      data,
      method,
      utf8: (flags & UTF8_FLAG) !== 0,
      dosTime: zip.readUInt16LE(at + 12),
      dosDate: zip.readUInt16LE(at + 14),
    })
    at += 46 + nameLength + skip
  }
  return files
}

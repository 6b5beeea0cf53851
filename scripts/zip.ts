import { unzipSync, zipSync, type Zippable } from 'fflate'

/** One file of an archive: a `/`-separated path inside it, its bytes and its modification time. */
export interface ZipEntry {
  name: string
  data: Uint8Array
  mtime: Date
}

/** A relative path of plain segments, so that no unzip can write outside its target directory. */
function assertSafeName(name: string): void {
  if (name.includes('\\') || name.split('/').some((s) => s === '' || s === '.' || s === '..'))
    throw new Error(`Unsafe name in a ZIP: ${JSON.stringify(name)}`)
}

/** A ZIP archive of `entries`, in their order, deflated at level 9 (fflate stores what does not shrink). */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const files: Zippable = {}
  for (const entry of entries) {
    assertSafeName(entry.name)
    if (entry.name in files) throw new Error(`Duplicate name in a ZIP: ${entry.name}`)
    files[entry.name] = [entry.data, { mtime: entry.mtime, level: 9 }]
  }
  return Buffer.from(zipSync(files))
}

/** Every file of an archive, CRCs checked, in the archive's order. */
export function readZip(zip: Uint8Array): { name: string; data: Buffer }[] {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(zip)
  } catch (error) {
    throw new Error(`Not a readable ZIP archive: ${error instanceof Error ? error.message : String(error)}`)
  }
  return Object.entries(files).map(([name, data]) => ({ name, data: Buffer.from(data) }))
}

/**
 * `npm run package`: the built app (`dist/app/`) as the zip a Bitrix24 portal takes for a static
 * ("local") application, `index.html` at its root (bitrix24.md "Apps"). Vite builds first.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeZip, type ZipEntry } from './zip.ts'

export interface PackageOptions {
  /** The built app, with `index.html` at its root. */
  appDir: string
  /** The zip to write; its directory is created. */
  outFile: string
}

export interface PackageResult {
  file: string
  bytes: number
  /** The archive's paths, in archive order. */
  names: string[]
}

/**
 * What a portal must not receive: source maps (they publish the sources), anything of the local portal
 * (`e2e/`, test-only) and dotfiles (editor and OS leftovers such as `.DS_Store`).
 */
export function isShipped(relativePath: string): boolean {
  const segments = relativePath.split('/')
  if (segments[0] === 'e2e') return false
  if (segments.some((segment) => segment.startsWith('.'))) return false
  return !relativePath.endsWith('.map')
}

/** Files under `dir` as `/`-separated relative paths, sorted so that the archive is the same on every OS. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) found.push(...(await listFiles(dir, relative)))
    else if (entry.isFile()) found.push(relative)
  }
  return found.sort()
}

/** Writes the zip of the built app and says what went in. */
export async function packageApp(options: PackageOptions): Promise<PackageResult> {
  const appDir = path.resolve(options.appDir)
  if (!existsSync(path.join(appDir, 'index.html')))
    throw new Error(
      `No built app: ${path.join(appDir, 'index.html')} is missing. Run \`npm run build\` first.`,
    )
  const names = (await listFiles(appDir)).filter(isShipped)
  // index.html first: the portal looks for it at the root, and a person listing the zip sees it at once.
  names.sort((a, b) => Number(b === 'index.html') - Number(a === 'index.html'))
  const entries: ZipEntry[] = []
  for (const name of names) {
    const file = path.join(appDir, name)
    entries.push({ name, data: await readFile(file), mtime: (await stat(file)).mtime })
  }
  const zip = writeZip(entries)
  const file = path.resolve(options.outFile)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, zip)
  return { file, bytes: zip.length, names }
}

/** `dist/<name>-<version>.zip` from package.json; a scoped name (`@org/app`) becomes `org-app`. */
export function zipFileName(pkg: { name?: unknown; version?: unknown }): string {
  if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string')
    throw new Error('package.json needs a "name" and a "version" to name the zip')
  return `${pkg.name.replace(/^@/, '').replace(/\//g, '-')}-${pkg.version}.zip`
}

async function main(): Promise<void> {
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { name?: unknown; version?: unknown }
  const result = await packageApp({ appDir: 'dist/app', outFile: path.join('dist', zipFileName(pkg)) })
  const size = `${result.bytes.toLocaleString('en')} bytes (${(result.bytes / 1024).toFixed(1)} KiB)`
  console.log(`${path.relative(process.cwd(), result.file)}: ${size}, ${result.names.length} files`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}

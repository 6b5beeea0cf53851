/**
 * `npm run package`: the built app (`dist/app/`) as the zip a Bitrix24 portal takes for a static
 * ("local") application, `index.html` at its root (docs/bitrix24.md "Static apps"), its pages with a `<meta>`
 * Content-Security-Policy. Vite builds first. `-- --portal https://crm.example.com` (repeatable) adds a
 * portal outside the cloud zones: a self-hosted one, or a cloud portal on its own domain.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildStaticCsp, REFERRER_POLICY } from '../server/csp.ts'
import { parsePortalOrigin } from '../server/portal-origin.ts'
import { isShipped } from '../server/shipped.ts'
import { writeZip, type ZipEntry } from './zip.ts'

export interface PackageOptions {
  /** The built app, with `index.html` at its root. */
  appDir: string
  /** The zip to write; its directory is created. */
  outFile: string
  /** Portals besides the cloud zones that the app's pages may reach (checked origins; see `buildStaticCsp`). */
  portals?: readonly string[]
  /** The Market's package: REST and photos may reach any https portal (self-hosted ones included). */
  anyPortal?: boolean
}

export interface PackageResult {
  file: string
  bytes: number
  /** The archive's paths, in archive order. */
  names: string[]
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
  const csp = buildStaticCsp({ portals: options.portals ?? [], anyPortal: options.anyPortal ?? false })
  for (const name of names) {
    const file = path.join(appDir, name)
    const data = await readFile(file)
    const page = name.endsWith('.html') ? Buffer.from(withMetaCsp(data.toString('utf8'), csp)) : data
    entries.push({ name, data: page, mtime: (await stat(file)).mtime })
  }
  const zip = writeZip(entries)
  const file = path.resolve(options.outFile)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, zip)
  return { file, bytes: zip.length, names }
}

/**
 * The page with its Content-Security-Policy and referrer policy as `<meta>` elements, the only way a
 * static app can carry the hosted server's headers: placed right after `<meta charset>` (which must come
 * first), before anything they govern.
 */
export function withMetaCsp(html: string, csp: string): string {
  if (/<meta\s+http-equiv=["']?content-security-policy/i.test(html))
    throw new Error('The page already has a Content-Security-Policy <meta>: one policy, from csp.ts')
  const content = csp.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  const meta =
    `<meta http-equiv="Content-Security-Policy" content="${content}" />\n    ` +
    `<meta name="referrer" content="${REFERRER_POLICY}" />`
  const anchor = /<meta\s+charset=[^>]*>/i.exec(html) ?? /<head(?:\s[^>]*)?>/i.exec(html)
  if (!anchor) throw new Error('The page has no <head> to put its Content-Security-Policy in')
  const at = anchor.index + anchor[0].length
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`
}

/** `dist/<name>-<version>.zip` from package.json; a scoped name (`@org/app`) becomes `org-app`. */
export function zipFileName(pkg: { name?: unknown; version?: unknown }): string {
  if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string')
    throw new Error('package.json needs a "name" and a "version" to name the zip')
  return `${pkg.name.replace(/^@/, '').replace(/\//g, '-')}-${pkg.version}.zip`
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      portal: { type: 'string', multiple: true, default: [] },
      'allow-http': { type: 'boolean', default: false },
      'any-portal': { type: 'boolean', default: false },
    },
  })
  const portals = values.portal.map((value) => parsePortalOrigin(value, { allowHttp: values['allow-http'] }))
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { name?: unknown; version?: unknown }
  const outFile = path.join('dist', zipFileName(pkg))
  const result = await packageApp({ appDir: 'dist/app', outFile, portals, anyPortal: values['any-portal'] })
  const size = `${result.bytes.toLocaleString('en')} bytes (${(result.bytes / 1024).toFixed(1)} KiB)`
  console.log(`${path.relative(process.cwd(), result.file)}: ${size}, ${result.names.length} files`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}

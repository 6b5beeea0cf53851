import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface AssetSize {
  /** Relative to the built app's directory, with forward slashes. */
  file: string
  bytes: number
  gzipBytes: number
}

export interface BundleSize {
  /** JS the first screen loads: the entry, modulepreloads and everything they import statically. */
  js: AssetSize[]
  css: AssetSize[]
  /** Chunks only reached through `import()`: not part of the first screen. */
  lazy: string[]
  jsGzipBytes: number
  cssGzipBytes: number
}

/** The scripts and stylesheets `index.html` makes the browser fetch before anything is on screen. */
export function firstScreenLinks(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = []
  const styles: string[] = []
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attributes = attributesOf(tag)
    if (/^<script/i.test(tag)) {
      if (attributes.src) scripts.push(attributes.src)
      continue
    }
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/)
    if (!attributes.href) continue
    if (rel.includes('modulepreload')) scripts.push(attributes.href)
    else if (rel.includes('stylesheet')) styles.push(attributes.href)
  }
  return { scripts, styles }
}

function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = match[1]
    if (name) attributes[name.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? ''
  }
  return attributes
}

/**
 * Relative specifiers of a built chunk's static `import`/`export … from` statements, minified
 * (`import{a as b}from"./x.js"`, `import"./x.js"`) or not. `import("./x.js")` is a lazy chunk and
 * does not match: a specifier must follow `from` or the keyword itself, never a parenthesis.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>()
  const statement = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])(\.{1,2}\/[^"'\n]+)\1/g
  for (const match of code.matchAll(statement)) if (match[2]) found.add(match[2])
  return [...found]
}

/** Relative specifiers of `import("./x.js")` / `` import(`./x.js`) ``: chunks loaded on first use. */
export function dynamicImports(code: string): string[] {
  const found = new Set<string>()
  for (const match of code.matchAll(/(?<![\w$.])import\s*\(\s*(["'`])(\.{1,2}\/[^"'`\n]+)\1\s*\)/g))
    if (match[2]) found.add(match[2])
  return [...found]
}

/** Gzipped (level 9) sizes of what the first screen of the app built in `dir` loads. */
export async function measureBundle(dir: string): Promise<BundleSize> {
  const root = path.resolve(dir)
  const html = await readFile(path.join(root, 'index.html'), 'utf8')
  const links = firstScreenLinks(html)
  const toFile = (from: string, specifier: string) => {
    if (/^[a-z]+:|^\/\//i.test(specifier)) throw new Error(`${specifier}: not a file of the built app`)
    const resolved = path.resolve(from, specifier.split(/[?#]/)[0] ?? specifier)
    if (!resolved.startsWith(root + path.sep)) throw new Error(`${specifier}: outside ${root}`)
    return resolved
  }

  // Breadth-first over static imports: a chunk the entry imports is fetched before the entry runs.
  const jsFiles = new Set(links.scripts.map((src) => toFile(root, src)))
  const lazy = new Set<string>()
  const queue = [...jsFiles]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const code = await readFile(file, 'utf8')
    for (const specifier of staticImports(code)) {
      const imported = toFile(path.dirname(file), specifier)
      if (!jsFiles.has(imported)) {
        jsFiles.add(imported)
        queue.push(imported)
      }
    }
    for (const specifier of dynamicImports(code)) lazy.add(toFile(path.dirname(file), specifier))
  }
  for (const file of jsFiles) lazy.delete(file)

  const sizeOf = async (file: string): Promise<AssetSize> => {
    const content = await readFile(file)
    return {
      file: path.relative(root, file).split(path.sep).join('/'),
      bytes: content.length,
      gzipBytes: gzipSync(content, { level: 9 }).length,
    }
  }
  const js = await Promise.all([...jsFiles].map(sizeOf))
  const css = await Promise.all([...new Set(links.styles.map((href) => toFile(root, href)))].map(sizeOf))
  const sum = (assets: AssetSize[]) => assets.reduce((total, asset) => total + asset.gzipBytes, 0)
  return {
    js,
    css,
    lazy: [...lazy].map((file) => path.relative(root, file).split(path.sep).join('/')).sort(),
    jsGzipBytes: sum(js),
    cssGzipBytes: sum(css),
  }
}

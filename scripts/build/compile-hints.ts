import type { Plugin } from 'vite'

/**
 * V8's explicit compile hint (Chromium browsers since 136, April 2025: Chrome, Edge, Yandex Browser):
 * the functions of a file that starts with it are compiled as the file streams in, on a background
 * thread. Left alone, V8 compiles each function on the main thread at its first call, and at the first
 * screen nearly all of them are called for the first time: React's, Mantine's, the SDK's and the app's.
 * Other engines read it as a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/** What the plugin reads of an output file (Rollup's and Rolldown's chunks and assets both have it). */
export interface BundleFile {
  type: 'chunk' | 'asset'
  fileName: string
  /** A chunk's static imports: they run before it does. */
  imports?: string[]
  code?: string
  /** An asset's content (the built index.html). */
  source?: string | Uint8Array
}

/**
 * The chunks the first screen runs at once: the scripts and module preloads `index.html` names, and
 * everything they import statically. Parts loaded on first use (dialogs, the panel, the import) are
 * left lazy: most of their code never runs in a visit, and eager compiling would spend memory on it.
 */
export function startupChunks(bundle: Record<string, BundleFile>, htmlFileName = 'index.html'): string[] {
  const html = bundle[htmlFileName]?.source
  if (typeof html !== 'string') return []
  const found = new Set<string>()
  const visit = (fileName: string) => {
    const file = bundle[fileName]
    if (!file || file.type !== 'chunk' || found.has(fileName)) return
    found.add(fileName)
    for (const imported of file.imports ?? []) visit(imported)
  }
  const tags = /<(?:script|link)\b[^>]*>/g
  for (const [tag] of html.matchAll(tags)) {
    const isScript = tag.startsWith('<script') && /\btype="module"/.test(tag)
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag)
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    if ((isScript || isPreload) && url) visit(url.replace(/^\.?\//, ''))
  }
  return [...found]
}

/** Puts the compile hint at the top of the startup chunks, after minifying (which would drop it). */
export function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    // Last: Vite rewrites the entry's code in its own generateBundle (the lazy parts' preload list).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = bundle as unknown as Record<string, BundleFile>
        for (const fileName of startupChunks(files)) {
          const chunk = files[fileName]
          if (chunk?.code !== undefined && !chunk.code.startsWith(COMPILE_HINT))
            chunk.code = COMPILE_HINT + chunk.code
        }
      },
    },
  }
}

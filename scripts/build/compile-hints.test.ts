import { COMPILE_HINT, compileHints, startupChunks, type BundleFile } from './compile-hints.ts'

const chunk = (fileName: string, imports: string[] = []): BundleFile => ({
  type: 'chunk',
  fileName,
  imports,
  code: `export const name = '${fileName}'\n`,
})

/** A built app: index.html loads the runtime and the entry; the entry imports a shared chunk; a dialog is lazy. */
function bundle(): Record<string, BundleFile> {
  const files: BundleFile[] = [
    {
      type: 'asset',
      fileName: 'index.html',
      source: [
        '<script type="module" crossorigin src="./assets/runtime.js"></script>',
        '<script type="module" crossorigin src="./assets/index.js"></script>',
        '<link rel="modulepreload" crossorigin href="./assets/preloaded.js">',
        '<link rel="stylesheet" crossorigin href="./assets/index.css">',
      ].join('\n'),
    },
    chunk('assets/runtime.js'),
    chunk('assets/index.js', ['assets/runtime.js', 'assets/shared.js']),
    chunk('assets/shared.js', ['assets/runtime.js']),
    chunk('assets/preloaded.js'),
    chunk('assets/dialog.js', ['assets/shared.js']),
    { type: 'asset', fileName: 'assets/index.css', source: 'body{}' },
  ]
  return Object.fromEntries(files.map((file) => [file.fileName, file]))
}

/** Runs the plugin's generateBundle over `files`, as the build does. */
function runPlugin(files: Record<string, BundleFile>): void {
  const hook = compileHints().generateBundle
  if (!hook || typeof hook !== 'object') throw new Error('compileHints has no ordered generateBundle hook')
  ;(hook.handler as unknown as (options: unknown, bundle: Record<string, BundleFile>) => void)({}, files)
}

describe('startupChunks', () => {
  it('takes the scripts and preloads index.html names, and what they import statically', () => {
    expect(startupChunks(bundle()).sort()).toEqual([
      'assets/index.js',
      'assets/preloaded.js',
      'assets/runtime.js',
      'assets/shared.js',
    ])
  })

  it('finds nothing without the built index.html', () => {
    const files = bundle()
    delete files['index.html']
    expect(startupChunks(files)).toEqual([])
  })
})

describe('compileHints', () => {
  it('runs after the other plugins: Vite rewrites the entry in its own generateBundle', () => {
    const hook = compileHints().generateBundle
    expect(hook).toMatchObject({ order: 'post' })
  })

  it('puts the hint first in the startup chunks and leaves the lazy ones and the assets alone', () => {
    const files = bundle()
    runPlugin(files)
    for (const name of ['runtime', 'index', 'shared', 'preloaded'])
      expect(files[`assets/${name}.js`]?.code).toBe(
        `${COMPILE_HINT}export const name = 'assets/${name}.js'\n`,
      )
    expect(files['assets/dialog.js']?.code).toBe("export const name = 'assets/dialog.js'\n")
    expect(files['assets/index.css']?.source).toBe('body{}')
  })

  it('adds it once when the hook runs again', () => {
    const files = bundle()
    runPlugin(files)
    runPlugin(files)
    expect(files['assets/index.js']?.code?.split(COMPILE_HINT)).toHaveLength(2)
  })
})

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, test } from 'vitest'
import { dynamicImports, firstScreenLinks, measureBundle, staticImports } from './bundle-size.ts'

describe('staticImports', () => {
  test('minified named, namespace and bare imports, and re-exports', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./lazy-a.js","./shared.js"])))=>i.map(i=>d[i]);\n' +
      'import{n as e,$ as r}from"./rolldown-runtime.js";import*as t from"./ns.js";import"./side-effect.js";' +
      'export{x as y}from"./re.js";export*from"./star.js";var a=1;'
    expect(staticImports(code)).toEqual([
      './rolldown-runtime.js',
      './ns.js',
      './side-effect.js',
      './re.js',
      './star.js',
    ])
  })

  test('unminified statements with single quotes and parent directories', () => {
    const code = "import React from '../react.js'\nimport { a, b } from './ab.js'\nimport './styles.js'\n"
    expect(staticImports(code)).toEqual(['../react.js', './ab.js', './styles.js'])
  })

  test('lazy chunks, bare packages, and look-alikes are not static imports', () => {
    const code =
      'e(()=>import(`./ru.js`),[]);const m=()=>import("./dialog.js");import{x}from"react";' +
      'obj.import("./not.js");const s="from";'
    expect(staticImports(code)).toEqual([])
    expect(dynamicImports(code)).toEqual(['./ru.js', './dialog.js'])
  })
})

describe('firstScreenLinks', () => {
  test("Vite's index.html: entry script, modulepreloads and stylesheets, nothing else", () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="./favicon.svg">
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-B.js">
      <link rel='stylesheet' crossorigin href=./assets/index-C.css>
    </head><body><div id="root"></div></body></html>`
    expect(firstScreenLinks(html)).toEqual({
      scripts: ['./assets/index-A.js', './assets/vendor-B.js'],
      styles: ['./assets/index-C.css'],
    })
  })
})

describe('measureBundle', () => {
  let dir = ''
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  test('follows static imports transitively, leaves lazy chunks out, gzips at level 9', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bundle-size-'))
    await mkdir(path.join(dir, 'assets'))
    const files: Record<string, string> = {
      'index.html':
        '<script type="module" src="./assets/entry.js"></script><link rel="stylesheet" href="./assets/app.css">',
      'assets/entry.js': 'import{a}from"./shared.js";const l=()=>import("./lazy.js");console.log(a,l)',
      'assets/shared.js': 'import"./deep.js";export const a=1',
      'assets/deep.js': 'globalThis.deep=1',
      'assets/lazy.js': 'import{a}from"./shared.js";import"./lazy-only.js";export default a',
      'assets/lazy-only.js': 'globalThis.lazyOnly=1',
      'assets/app.css': 'body{margin:0}',
    }
    for (const [file, content] of Object.entries(files)) await writeFile(path.join(dir, file), content)

    const bundle = await measureBundle(dir)
    expect(bundle.js.map((asset) => asset.file).sort()).toEqual([
      'assets/deep.js',
      'assets/entry.js',
      'assets/shared.js',
    ])
    expect(bundle.lazy).toEqual(['assets/lazy.js'])
    expect(bundle.css.map((asset) => asset.file)).toEqual(['assets/app.css'])
    const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length
    expect(bundle.jsGzipBytes).toBe(
      gz(files['assets/entry.js']!) + gz(files['assets/shared.js']!) + gz(files['assets/deep.js']!),
    )
    expect(bundle.cssGzipBytes).toBe(gz(files['assets/app.css']!))
  })
})

/**
 * The hosted server as it runs in production: compiled by `tsconfig.server.json` and started with plain
 * `node`, next to nothing but `sirv` (no tsx, no dev dependencies).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

let tmp: string
let child: ChildProcess | undefined

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'serve-compiled-'))
  const tsc = path.resolve('node_modules/typescript/bin/tsc')
  await promisify(execFile)(process.execPath, [
    tsc,
    '-p',
    'tsconfig.server.json',
    '--outDir',
    path.join(tmp, 'server'),
  ])
  await mkdir(path.join(tmp, 'node_modules'))
  await symlink(path.resolve('node_modules/sirv'), path.join(tmp, 'node_modules', 'sirv'), 'dir')
  await mkdir(path.join(tmp, 'app', 'assets'), { recursive: true })
  await writeFile(path.join(tmp, 'app', 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(path.join(tmp, 'app', 'assets', 'index-abc.js'), 'console.log(1)')
}, 60_000)

afterAll(async () => {
  child?.kill('SIGKILL')
  await rm(tmp, { recursive: true, force: true })
})

/** Starts `node server/serve.js` and resolves with the URL it prints. */
function start(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [path.join(tmp, 'server', 'serve.js'), ...args], {
      cwd: tmp,
      env: { PATH: process.env.PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = server
    let output = ''
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString()
      const url = / at (http:\/\/\S+\/)/.exec(output)?.[1]
      if (url) resolve(url)
    }
    server.stdout.on('data', onOutput)
    server.stderr.on('data', onOutput)
    server.once('exit', (code) => reject(new Error(`serve.js ended (${code}): ${output}`)))
  })
}

describe('the compiled server', () => {
  it('runs on plain node and answers the launch POST with the page and its one-portal policy', async () => {
    const url = await start(['--port', '0', '--dir', 'app', '--portal', 'https://crm.example.com'])
    const page = await fetch(new URL('?DOMAIN=crm.example.com&PROTOCOL=1', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'AUTH_ID=abc',
    })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>app</title>')
    expect(page.headers.get('content-security-policy')).toContain('frame-ancestors https://crm.example.com;')
    expect((await fetch(new URL('assets/index-abc.js', url))).headers.get('cache-control')).toContain(
      'immutable',
    )

    const exited = new Promise((resolve) => child?.once('exit', (code) => resolve(code)))
    child?.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 20_000)
})

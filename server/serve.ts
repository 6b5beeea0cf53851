/**
 * `npm run serve` (`node dist/server/serve.js`): the built app for a hosted (marketplace) setup, behind
 * the TLS proxy of your choice. Bitrix24 opens the app with a form POST, so the app path answers POST as
 * well as GET; every answer carries a CSP for the one portal that launched the app (`csp.ts`).
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createAppServer, type AppFileInfo, type AppServer } from './app-server.ts'
import { buildCsp, securityHeaders } from './csp.ts'
import { launchPortal, parsePortalOrigin, splitPortalList } from './portal-origin.ts'

export interface ServeOptions {
  dir: string
  host: string
  port: number
  /** Portal origins, checked: self-hosted portals and cloud portals on their own domain. */
  portals: string[]
  /** Any https portal that launches the app counts (a Market listing, self-hosted portals included). */
  anyPortal?: boolean
}

export const HELP = `Usage: node dist/server/serve.js [options]   (npm run serve -- [options])

  --port <n>        port to listen on (default 8080; 0 picks a free one)
  --host <host>     address to listen on (default 127.0.0.1)
  --dir <dir>       the built app (default dist/app)
  --portal <url>    a portal's origin, e.g. https://crm.example.com (repeatable): a self-hosted
                    portal, or a cloud portal on its own domain;
                    also B24_PORTALS="https://a.example.com,https://b.example.com"
  --any-portal      any https portal that launches the app (a Market listing: self-hosted
                    portals on their own domains); each answer still names only that one portal
  --allow-http      accept http:// portals (a local test portal only)
  --help            this text

Bitrix24 cloud portals (https://<name>.bitrix24.com, .de, .ru…) need no --portal: each answer's
Content-Security-Policy names the one portal whose launch request (DOMAIN) asked for it.`

/** The options of a command line and environment, or 'help'; throws with a clear message on bad input. */
export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv = {}): ServeOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      dir: { type: 'string', default: 'dist/app' },
      portal: { type: 'string', multiple: true, default: [] },
      'allow-http': { type: 'boolean', default: false },
      'any-portal': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) return 'help'
  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port "${values.port}": expected 0–65535`)
  const allowHttp = values['allow-http']
  const given = [...values.portal, ...splitPortalList(env.B24_PORTALS)]
  const portals = [...new Set(given.map((value) => parsePortalOrigin(value, { allowHttp })))]
  return { dir: values.dir, host: values.host, port, portals, anyPortal: values['any-portal'] }
}

/** Serves the built app with its security headers; fails at once when there is no built app. */
export async function startServer(options: ServeOptions): Promise<AppServer> {
  if (!existsSync(path.join(options.dir, 'index.html')))
    throw new Error(`No built app in ${path.resolve(options.dir)}: run \`npm run build\` first`)
  const headers = (info: AppFileInfo) =>
    securityHeaders(
      buildCsp({
        portal: launchPortal(info.query, info.form, options.portals, { anyHttps: options.anyPortal }),
      }),
    )
  return createAppServer({ dir: options.dir, host: options.host, port: options.port, headers })
}

async function main(): Promise<void> {
  let options: ServeOptions | 'help'
  try {
    options = parseServeArgs(process.argv.slice(2), process.env)
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`)
    process.exit(2)
  }
  if (options === 'help') {
    console.log(HELP)
    return
  }
  const server = await startServer(options)
  const portals = options.anyPortal
    ? 'any https portal that launches the app'
    : options.portals.length
      ? options.portals.join(', ')
      : 'none (cloud portals only)'
  console.log(`Serving ${path.resolve(options.dir)} at ${server.url}\nPortals besides the cloud: ${portals}`)
  const stop = () => void server.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}

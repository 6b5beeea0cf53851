import { parseArgs } from 'node:util'
import type { DeepPartial, PortalSettings } from '../contract.ts'
import type { LocalPortalOptions } from '../start.ts'

/** Command-line options of `e2e/portal/cli.ts`, kept apart so they can be tested without starting anything. */
export const HELP = `Usage: tsx e2e/portal/cli.ts [options]

  --employees N        seeded employees (default 200)
  --seed N             data and fault seed (default 1)
  --data KIND          demo (default: a believable company) | test (the e2e suite's hostile names)
  --port P             portal port on 127.0.0.1 (default 8124, 0 = any free port)
  --app-port P         app port on localhost (default 8125)
  --app-dir DIR        built app to serve (default dist/app)
  --app-url URL        use an app already running instead, e.g. http://localhost:5173/
  --app-method M        post | get: how the page opens the app (default post, or get with --app-url:
                       Vite's dev server cannot answer Bitrix24's POST)
  --lang xx            portal language given to the app (en, ru, de, la, br…)
  --no-confirmation    voximplant.user.get needs no administrator confirmation
  --permission LEVEL   roles (Bitrix24's default: administrators any, others none) | any | department | own | none
  --plan PLAN          standard | enterprise | none (rate limit)
  --latency MS         latency per request, ms
  --fault-rate R       share of requests that fail (0..1)
  --install            open the app in install mode
  --no-user-scope      install the app without the optional scope user (extensions read-only)
  --portal-name NAME
  --help
`

/** The scopes the app asks for at installation (README "Install on your portal"). */
const REQUIRED_SCOPES = ['telephony', 'user_brief', 'department']

const PLANS = {
  standard: { drainPerSecond: 2, limit: 50 },
  enterprise: { drainPerSecond: 5, limit: 250 },
  none: { drainPerSecond: 0, limit: 50 },
}

/** Turns command-line arguments into portal options; throws with a readable message on bad input. */
export function parseCli(argv: string[]): LocalPortalOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      employees: { type: 'string' },
      seed: { type: 'string' },
      data: { type: 'string' },
      port: { type: 'string' },
      'app-port': { type: 'string' },
      'app-dir': { type: 'string' },
      'app-url': { type: 'string' },
      'app-method': { type: 'string' },
      lang: { type: 'string' },
      'no-confirmation': { type: 'boolean' },
      permission: { type: 'string' },
      plan: { type: 'string' },
      latency: { type: 'string' },
      'fault-rate': { type: 'string' },
      install: { type: 'boolean' },
      'no-user-scope': { type: 'boolean' },
      'portal-name': { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) return 'help'
  // A person trying the app sees extensions editable: the optional scope user is granted unless withheld.
  const settings: DeepPartial<PortalSettings> = {
    appScopes: [...REQUIRED_SCOPES, ...(values['no-user-scope'] ? [] : ['user'])],
  }
  if (values.lang !== undefined) settings.lang = values.lang
  if (values['no-confirmation']) settings.confirmationRequired = false
  if (values.permission !== undefined)
    settings.permission = oneOf('--permission', values.permission, [
      'roles',
      'any',
      'department',
      'own',
      'none',
    ] as const)
  if (values.plan !== undefined)
    settings.bucket = PLANS[oneOf('--plan', values.plan, ['standard', 'enterprise', 'none'] as const)]
  if (values.latency !== undefined) settings.latency = { perRequestMs: number('--latency', values.latency) }
  if (values['fault-rate'] !== undefined)
    settings.faults = { rate: number('--fault-rate', values['fault-rate']) }
  if (values.install) settings.installMode = true
  return {
    employees: values.employees === undefined ? 200 : number('--employees', values.employees),
    ...(values.seed === undefined ? {} : { seed: number('--seed', values.seed) }),
    // A person trying the app meets a believable company; `--data test` shows the suite's hostile names.
    dataset: values.data === undefined ? 'demo' : oneOf('--data', values.data, ['demo', 'test'] as const),
    portalPort: values.port === undefined ? 8124 : number('--port', values.port),
    appPort: values['app-port'] === undefined ? 8125 : number('--app-port', values['app-port']),
    ...(values['app-url'] === undefined
      ? { appDir: values['app-dir'] ?? 'dist/app' }
      : { appUrl: values['app-url'] }),
    ...(values['app-method'] === undefined
      ? {}
      : {
          appMethod:
            oneOf('--app-method', values['app-method'], ['post', 'get'] as const) === 'get' ? 'GET' : 'POST',
        }),
    ...(values['portal-name'] === undefined ? {} : { portalName: values['portal-name'] }),
    settings,
  }
}

function number(flag: string, text: string): number {
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || value < 0)
    throw new Error(`${flag} needs a number ≥ 0, got "${text}"`)
  return value
}

function oneOf<T extends string>(flag: string, text: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(text))
    throw new Error(`${flag} must be one of ${allowed.join(', ')}`)
  return text as T
}

/** The command line's options, or nothing after printing the help; bad input ends the process with the help. */
export function optionsOrExit(argv: string[]): LocalPortalOptions | undefined {
  let options: LocalPortalOptions | 'help'
  try {
    options = parseCli(argv)
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`)
    process.exit(2)
  }
  if (options !== 'help') return options
  console.log(HELP)
  return undefined
}

/** Ctrl+C (or a TERM) closes what runs, then the process. */
export function closeOnSignal(close: () => Promise<unknown>): void {
  const stop = () => void close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

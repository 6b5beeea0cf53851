import { ESLint } from 'eslint'

// Type-aware resolution loads the whole TypeScript project on the first lint: slow on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 })

// The project's own ESLint config, run on code placed (virtually) at a path in the app's tree.
const eslint = new ESLint({ cwd: process.cwd() })

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) =>
      ['import-x/no-restricted-paths', 'no-restricted-imports', 'import-x/no-cycle'].includes(m.ruleId ?? ''),
    )
    .map((m) => m.ruleId ?? '')
}

const inTelephony = 'app/features/telephony-users/components/probe.tsx'

test.each([
  ['a deep relative import', "import { InstallPage } from '../../install/components/install-page.tsx'"],
  ['an @/ import', "import { InstallPage } from '@/features/install/components/install-page.tsx'"],
])('one feature importing another fails lint: %s', async (_, line) => {
  expect(await importErrors(inTelephony, `${line}\nexport const probe = InstallPage\n`)).toContain(
    'import-x/no-restricted-paths',
  )
})

test('a shared layer importing a feature fails lint', async () => {
  const code =
    "import { useDirectory } from '@/features/telephony-users/api/get-directory.ts'\nexport const probe = useDirectory\n"
  expect(await importErrors('app/lib/probe.ts', code)).toContain('import-x/no-restricted-paths')
})

test('a path climbing two folders fails lint, even inside the app shell', async () => {
  const code = "import { chunk } from '../../lib/chunk.ts'\nexport const probe = chunk\n"
  expect(await importErrors('app/api/b24/probe.ts', code)).toContain('no-restricted-imports')
})

test('imports inside a feature, of shared layers, and from the shell are allowed', async () => {
  const feature = [
    "import { chunk } from '@/lib/chunk.ts'",
    "import { telephonyKeys } from '../api/query-keys.ts'",
    "import { SIP_STATE_TEXT } from './row/sip-status-text.ts'",
    'export const probe = [chunk, telephonyKeys, SIP_STATE_TEXT]',
  ].join('\n')
  expect(await importErrors(inTelephony, feature)).toEqual([])
  const shell =
    "import { InstallPage } from './features/install/components/install-page.tsx'\nexport const probe = InstallPage\n"
  expect(await importErrors('app/probe-shell.tsx', shell)).toEqual([])
})

test('an import cycle fails lint', async () => {
  // server/app-server.ts imports server/app-options.ts: importing it back closes a circle.
  const code = "import { createAppServer } from './app-server.ts'\nexport const probe = createAppServer\n"
  expect(await importErrors('server/app-options.ts', code)).toContain('import-x/no-cycle')
  expect(await importErrors('server/app-options.ts', 'export const probe = 1\n')).toEqual([])
})

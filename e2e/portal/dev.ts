/**
 * `npm run dev [-- portal options]`: Vite's dev server (hot reload) and the local portal around it, in
 * one command. The portal opens the app from Vite with GET (Vite answers a POST with 404); everything
 * else is as `npm start`.
 */
import { createServer } from 'vite'
import { HELP, parseCli } from './server/cli-args.ts'
import { startLocalPortal, type LocalPortalOptions } from './start.ts'

async function main(): Promise<void> {
  let options: LocalPortalOptions | 'help'
  try {
    options = parseCli(process.argv.slice(2))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`)
    process.exit(2)
  }
  if (options === 'help') {
    console.log(HELP)
    return
  }
  const vite = await createServer({ configFile: 'vite.config.ts' })
  await vite.listen()
  const appUrl = vite.resolvedUrls?.local[0]
  if (!appUrl) throw new Error('Vite did not say where it listens')
  const portal = await startLocalPortal({ ...options, appUrl })
  console.log(`
  Local Bitrix24 portal with the app's dev server (hot reload).

    Open:  ${portal.portalUrl}

  App from ${appUrl}. Ctrl+C to stop.
`)
  const stop = () => {
    void Promise.all([portal.close(), vite.close()]).then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

await main()

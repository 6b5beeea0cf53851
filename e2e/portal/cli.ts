/**
 * `tsx e2e/portal/cli.ts [options]`: starts the local Bitrix24 portal for a person, prints the URL to
 * open and stays up until Ctrl+C. `npm start` builds the app first and runs this.
 */
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
  const portal = await startLocalPortal(options)
  const user = portal.engine.describe().currentUser
  console.log(`
  Local Bitrix24 portal is running.

    Open:  ${portal.portalUrl}

  App served from ${portal.appUrl}; you are ${user.name}${user.isAdmin ? ' (administrator)' : ''}.
  Ctrl+C to stop.
`)
  const stop = () => {
    void portal.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

await main()

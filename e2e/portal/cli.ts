/**
 * `tsx e2e/portal/cli.ts [options]`: starts the local Bitrix24 portal for a person, prints the URL to
 * open and stays up until Ctrl+C. `npm start` builds the app first and runs this.
 */
import { closeOnSignal, optionsOrExit } from './server/cli-args.ts'
import { startLocalPortal } from './start.ts'

const options = optionsOrExit(process.argv.slice(2))
if (options) {
  const portal = await startLocalPortal(options)
  const user = portal.engine.describe().currentUser
  console.log(`
  Local Bitrix24 portal is running.

    Open:  ${portal.portalUrl}

  App served from ${portal.appUrl}; you are ${user.name}${user.isAdmin ? ' (administrator)' : ''}.
  Ctrl+C to stop.
`)
  closeOnSignal(() => portal.close())
}

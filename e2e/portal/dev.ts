/**
 * `npm run dev [-- portal options]`: Vite's dev server (hot reload) and the local portal around it, in
 * one command. The portal opens the app from Vite with GET (Vite answers a POST with 404); everything
 * else is as `npm start`.
 */
import { createServer } from 'vite'
import { closeOnSignal, optionsOrExit } from './server/cli-args.ts'
import { startLocalPortal } from './start.ts'

const options = optionsOrExit(process.argv.slice(2))
if (options) {
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
  closeOnSignal(() => Promise.all([portal.close(), vite.close()]))
}

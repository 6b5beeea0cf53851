import { existsSync } from 'node:fs'
import path from 'node:path'
import type { DeepPartial, PortalEngine, PortalSettings } from './contract.ts'
import { createPortalEngine, parsePhpQuery } from './engine/engine.ts'
import { photoFile } from './engine/photo.ts'
import { createPortalServer } from './server/portal-server.ts'
import { loopbackCertificate } from './server/tls.ts'
import { createAppServer, type AppServer } from '../../server/app-server.ts'

export interface LocalPortalOptions {
  /** Seeded employees (default 200). */
  employees?: number
  /** `test` (default): the e2e suite's data with hostile names; `demo`: a believable company. */
  dataset?: 'test' | 'demo'
  seed?: number
  /** 0 (default) picks a free port. */
  portalPort?: number
  appPort?: number
  /** The built app to serve (default `dist/app`); ignored when `appUrl` is given. */
  appDir?: string
  /** An app already running elsewhere, e.g. Vite's dev server `http://localhost:5173/`. */
  appUrl?: string
  /**
   * How the page opens the app: POST with the tokens like Bitrix24 (default for the served app), or GET
   * (default with `appUrl`: Vite's dev server answers POST with 404).
   */
  appMethod?: 'POST' | 'GET'
  /** Applied at start and again after every reset. */
  settings?: DeepPartial<PortalSettings>
  portalName?: string
  /** The portal's own host name (a self-hosted Bitrix24's domain), mapped to 127.0.0.1 by the browser. */
  portalHostname?: string
  /** The app's name in the portal's menu and title (default "SIP phones"). */
  appName?: string
  /**
   * The portal over HTTPS with HTTP/2, as Bitrix24 Cloud serves it, under a certificate made for this
   * run: the browser must accept it (Playwright's `ignoreHTTPSErrors`). The app stays on
   * http://localhost, which browsers treat as secure.
   */
  https?: boolean
  /**
   * The served app's host: `localhost` (default), another site than the portal, a third-party frame; or
   * `127.0.0.1`, the portal's own site (another port), a frame the browser gives storage as first-party.
   */
  appHost?: 'localhost' | '127.0.0.1'
}

export interface LocalPortal {
  /** `http://127.0.0.1:<port>/`: the page a person (or Playwright) opens. */
  portalUrl: string
  /** `http://localhost:<port>/`: the app, on another site than the portal as in production (see `appHost`). */
  appUrl: string
  engine: PortalEngine
  close(): Promise<void>
}

/**
 * Starts the local Bitrix24 portal and, unless `appUrl` is given, a static server for the built app.
 * Two sites on purpose (127.0.0.1 vs localhost): the app must work as a third-party frame making
 * cross-origin REST calls, as it does on a real portal.
 */
export async function startLocalPortal(options: LocalPortalOptions = {}): Promise<LocalPortal> {
  let appServer: AppServer | undefined
  if (!options.appUrl) {
    const dir = options.appDir ?? 'dist/app'
    if (!existsSync(path.join(dir, 'index.html')))
      throw new Error(`No built app in ${path.resolve(dir)}: run \`npm run build\` first`)
    appServer = await createAppServer({
      dir,
      host: options.appHost ?? 'localhost',
      port: options.appPort ?? 0,
    })
  }
  const appUrl = options.appUrl ?? appServer?.url ?? ''
  try {
    let engine: PortalEngine | undefined
    const portal = await createPortalServer({
      createEngine: ({ domain, photoBaseUrl }) =>
        (engine = createPortalEngine({
          domain,
          photoBaseUrl,
          employees: options.employees ?? 200,
          ...(options.seed === undefined ? {} : { seed: options.seed }),
          ...(options.dataset === undefined ? {} : { dataset: options.dataset }),
          ...(options.portalName === undefined ? {} : { portalName: options.portalName }),
        })),
      appUrl,
      appMethod: options.appMethod ?? (options.appUrl ? 'GET' : 'POST'),
      ...(options.appName === undefined ? {} : { appName: options.appName }),
      port: options.portalPort ?? 0,
      ...(options.portalHostname === undefined ? {} : { hostname: options.portalHostname }),
      ...(options.settings === undefined ? {} : { settings: options.settings }),
      // Form bodies and GET query strings are read the way PHP's parse_str reads them, max_input_vars included.
      parseForm: (text) => parsePhpQuery(text, { maxInputVars: engine?.settings.maxInputVars }),
      photoFile,
      ...(options.https ? { tls: await loopbackCertificate() } : {}),
    })
    return {
      portalUrl: portal.url,
      appUrl,
      engine: portal.engine,
      close: async () => {
        await Promise.all([portal.close(), appServer?.close()])
      },
    }
  } catch (error) {
    await appServer?.close()
    throw error
  }
}

import type { B24Frame } from '@bitrix24/b24jssdk'
import { createB24Client, type B24Client } from './client.ts'

/** What the app needs from the portal around it: REST, language, and the frame commands it uses. */
export interface Portal {
  client: B24Client
  /** The user's interface language, a Bitrix24 code (`en`, `ru`, `de`, `la`, `br`…). */
  lang: string
  /** The portal's origin, e.g. `https://acme.bitrix24.com`. */
  domain: string
  isAdmin: boolean
  installMode: boolean
  /**
   * Opens a portal page (for example Telephony → Users) in the portal's slider. Resolves when the person
   * closes the slider, which may be minutes later: there is no timeout (docs/bitrix24.md, "openPath").
   */
  openPath(path: string): Promise<void>
  setTitle(title: string): Promise<void>
  fitWindow(): Promise<void>
  userOption(name: string): string | undefined
  setUserOption(name: string, value: string): Promise<void>
  /**
   * Tells the portal the install step is done. The portal never answers: it reloads its own page and the
   * app opens again normally (docs/bitrix24.md, "setInstallFinish"). Resolves only if a parent does answer.
   */
  installFinish(): Promise<void>
}

export function createPortal(frame: B24Frame): Portal {
  return {
    client: createB24Client(frame),
    lang: frame.getLang(),
    domain: frame.getTargetOrigin(),
    isAdmin: frame.auth.isAdmin,
    installMode: frame.isInstallMode,
    async openPath(path) {
      await frame.slider.openPath(frame.slider.getUrl(path))
    },
    async setTitle(title) {
      await frame.parent.setTitle(title)
    },
    async fitWindow() {
      await frame.parent.fitWindow()
    },
    userOption(name) {
      try {
        const value: unknown = frame.options.userGet(name)
        return typeof value === 'string' ? value : undefined
      } catch {
        return undefined // the SDK throws for an option never set
      }
    },
    async setUserOption(name, value) {
      await frame.options.userSet(name, value)
    },
    async installFinish() {
      await frame.installFinish()
    },
  }
}

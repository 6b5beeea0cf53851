import type { B24Frame } from '@bitrix24/b24jssdk'
import { withTimeout } from '@/lib/timeout.ts'
import { createB24Client, type B24Client } from './client.ts'
import { AppError } from './errors.ts'

/** Commands that wait for the parent's answer get this long before the app says the portal did not answer. */
const PARENT_TIMEOUT_MS = 5000

/** What the app needs from the portal around it: REST, language, and the frame commands it uses. */
export interface Portal {
  client: B24Client
  /** The user's interface language, a Bitrix24 code (`en`, `ru`, `de`, `la`, `br`…). */
  lang: string
  /** The portal's origin, e.g. `https://acme.bitrix24.com`. */
  domain: string
  isAdmin: boolean
  installMode: boolean
  /** Opens a portal page (for example Telephony → Users) in the portal's slider. */
  openPath(path: string): Promise<void>
  setTitle(title: string): Promise<void>
  fitWindow(): Promise<void>
  userOption(name: string): string | undefined
  setUserOption(name: string, value: string): Promise<void>
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
      const url = frame.slider.getUrl(path)
      await withTimeout(frame.slider.openPath(url), PARENT_TIMEOUT_MS, () => parentSilent('openPath'))
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
      await withTimeout(frame.installFinish(), PARENT_TIMEOUT_MS, () => parentSilent('setInstallFinish'))
    },
  }
}

const parentSilent = (command: string) => new AppError({ kind: 'frame-timeout', command })

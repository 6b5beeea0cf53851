import type { B24Frame } from '@bitrix24/b24jssdk'
import { randomHex } from '@/lib/random-hex.ts'
import { createB24Client, type B24Client } from './client.ts'

/** What the app needs from the portal around it: REST, language, and the frame commands it uses. */
export interface Portal {
  client: B24Client
  /** The user's interface language, a Bitrix24 code (`en`, `ru`, `de`, `la`, `br`…). */
  lang: string
  /** The portal's origin, e.g. `https://acme.bitrix24.com`. */
  domain: string
  /** The portal's MEMBER_ID, from the frame's first message: it tells portals apart whatever their domain. */
  memberId: string
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
   * A user option read and written as it is, whatever installation wrote it: for a value that stays
   * right across a reinstall. Writing it does not mark the user's options as this installation's, which
   * would make options kept from an earlier one readable again.
   */
  lastingOption(name: string): string | undefined
  setLastingOption(name: string, value: string): Promise<void>
  /**
   * Tells the portal the install step is done. The portal never answers: it reloads its own page and the
   * app opens again normally (docs/bitrix24.md, "setInstallFinish"). Resolves only if a parent does answer.
   */
  installFinish(): Promise<void>
}

/**
 * The app option naming this installation, and the user option naming the installation a user's options
 * were written under. Bitrix24 keeps user options when an app is deleted (all of them, or all but the
 * deleting administrator's), so after a reinstall they would come back stale: options written under
 * another installation are not read (docs/bitrix24.md "Install, uninstall, reinstall").
 */
export const INSTALLATION_OPTION = 'installation'
/** setAppOption is answered only once the portal saved it; finishing must not hang on a silent parent. */
const APP_OPTION_WAIT_MS = 5000

function readOption(get: (name: string) => unknown, name: string): string | undefined {
  try {
    const value = get(name)
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined // the SDK throws for an option never set
  }
}

export function createPortal(frame: B24Frame): Portal {
  const appOption = (name: string) => readOption((n) => frame.options.appGet(n), name)
  const userOption = (name: string) => readOption((n) => frame.options.userGet(n), name)
  return {
    client: createB24Client(frame),
    lang: frame.getLang(),
    domain: frame.getTargetOrigin(),
    // `getUniq` is the SDK's documented reading of MEMBER_ID (`<prefix>_<MEMBER_ID>`), token or not.
    memberId: frame.auth.getUniq('portal'),
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
      if (userOption(INSTALLATION_OPTION) !== appOption(INSTALLATION_OPTION)) return undefined
      return userOption(name)
    },
    async setUserOption(name, value) {
      const installation = appOption(INSTALLATION_OPTION)
      if (installation !== undefined && userOption(INSTALLATION_OPTION) !== installation)
        await frame.options.userSet(INSTALLATION_OPTION, installation)
      await frame.options.userSet(name, value)
    },
    lastingOption: userOption,
    async setLastingOption(name, value) {
      await frame.options.userSet(name, value)
    },
    async installFinish() {
      const saved = frame.options.appSet(INSTALLATION_OPTION, randomHex(16))
      await Promise.race([saved, new Promise((resolve) => setTimeout(resolve, APP_OPTION_WAIT_MS))])
      await frame.installFinish()
    },
  }
}

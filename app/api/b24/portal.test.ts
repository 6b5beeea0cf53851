import type { B24Frame } from '@bitrix24/b24jssdk'
import { createPortal, INSTALLATION_OPTION } from './portal.ts'

/** A frame whose options behave as the SDK's: a getter that throws for an option never set. */
function fakeFrame(appOptions: Record<string, string>, userOptions: Record<string, string>) {
  const get = (options: Record<string, string>) => (name: string) => {
    const value = options[name]
    if (!value) throw new Error(`${name} not set`)
    return value
  }
  const frame = {
    getLang: () => 'en',
    getTargetOrigin: () => 'https://p.example',
    auth: { isAdmin: true, getUniq: (prefix: string) => `${prefix}_m` },
    isInstallMode: false,
    installFinish: vi.fn(async () => undefined),
    options: {
      appGet: get(appOptions),
      userGet: get(userOptions),
      appSet: vi.fn(async (name: string, value: string) => void (appOptions[name] = value)),
      userSet: vi.fn(async (name: string, value: string) => void (userOptions[name] = value)),
    },
  }
  return { frame, portal: createPortal(frame as unknown as B24Frame) }
}

describe('user options across installations (docs/bitrix24.md "Install, uninstall, reinstall")', () => {
  test('options written under this installation are read; an app without one reads them as they are', () => {
    expect(fakeFrame({ installation: 'b' }, { installation: 'b', view: 'v' }).portal.userOption('view')).toBe(
      'v',
    )
    expect(fakeFrame({}, { view: 'v' }).portal.userOption('view')).toBe('v')
  })

  test('options Bitrix24 kept from an earlier installation are not read', () => {
    expect(
      fakeFrame({ installation: 'b' }, { installation: 'a', view: 'v' }).portal.userOption('view'),
    ).toBeUndefined()
    expect(fakeFrame({ installation: 'b' }, { view: 'v' }).portal.userOption('view')).toBeUndefined()
  })

  test('writing an option marks it with this installation, so it is read back', async () => {
    const { portal } = fakeFrame({ installation: 'b' }, { installation: 'a', view: 'old' })
    await portal.setUserOption('view', 'new')
    expect(portal.userOption('view')).toBe('new')
  })

  test('a lasting option is read and written as it is, and writing it revives nothing of an earlier installation', async () => {
    const { portal } = fakeFrame({ installation: 'b' }, { installation: 'a', view: 'old', storageKey: 'k' })
    expect(portal.lastingOption('storageKey')).toBe('k')
    await portal.setLastingOption('storageKey', 'k2')
    expect(portal.lastingOption('storageKey')).toBe('k2')
    expect(portal.userOption('view')).toBeUndefined()
  })

  test('finishing installation names a new installation before handing over to Bitrix24', async () => {
    const appOptions: Record<string, string> = { installation: 'a' }
    const { frame, portal } = fakeFrame(appOptions, {})
    await portal.installFinish()
    expect(appOptions[INSTALLATION_OPTION]).toMatch(/^[0-9a-f]{32}$/)
    expect(appOptions[INSTALLATION_OPTION]).not.toBe('a')
    expect(frame.installFinish).toHaveBeenCalledOnce()
  })
})

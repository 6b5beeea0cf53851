import type { PortalState } from '../server/control-types.ts'
import { launchRefusal } from './app-lifecycle.js'

const state = (appActive: boolean, install: boolean, isAdmin: boolean) =>
  ({ appActive, install, portal: { currentUser: { isAdmin } } }) as unknown as PortalState

describe('launchRefusal (what Bitrix24 shows instead of the app)', () => {
  test('an installed app opens for everyone; an app being installed opens its install page for an administrator', () => {
    expect(launchRefusal(state(true, false, false))).toBeUndefined()
    expect(launchRefusal(state(true, true, true))).toBeUndefined()
  })

  test('someone who is not an administrator gets a message while installation is not finished', () => {
    expect(launchRefusal(state(true, true, false))).toBe(
      'The application is not installed. Contact your Bitrix24 administrator.',
    )
  })

  test('a deleted app opens for nobody', () => {
    expect(launchRefusal(state(false, false, true))).toBe('Application not found.')
    expect(launchRefusal(state(false, true, false))).toBe('Application not found.')
  })
})

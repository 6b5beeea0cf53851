// @vitest-environment jsdom
import type { DeepPartial, PortalSettings, TokenInfo } from '../contract.ts'
import { defaultSettings, mergeSettings } from '../engine/settings.ts'
import type { PortalState } from '../server/control-types.ts'
import { answerCommand, KNOWN_COMMANDS } from './frame-commands.js'
import type { FrameSession } from './frame-host.js'
import { createUserOptionStore } from './user-options.js'

function token(n: number): TokenInfo {
  return { AUTH_ID: `auth${n}`, REFRESH_ID: `refresh${n}`, AUTH_EXPIRES: 3600, expiresAt: 0, userId: 1 }
}

/** A page session around a fake control API whose state a test can change. */
function fakeSession(settings: DeepPartial<PortalSettings> = {}, isAdmin = true) {
  const state: PortalState = {
    settings: mergeSettings(defaultSettings(), settings),
    portal: { portalName: 'P', domain: 'd', employees: 2, currentUser: { id: 1, name: 'Ada', isAdmin } },
    pendingConfirmations: [],
    installFinished: false,
    appActive: true,
    install: false,
    lastTitle: null,
    lastOpenPath: null,
    lastResize: null,
    userOptions: {},
    appOptions: {},
    lastLogSeq: 0,
    appUrl: 'http://localhost:9/',
    memberId: 'm'.repeat(32),
  }
  let issued = 1
  const api = {
    state: vi.fn(async () => structuredClone(state)),
    issueToken: vi.fn(async () => token(++issued)),
    frameEvent: vi.fn(async () => ({ ok: true })),
    setOption: vi.fn(async (_kind: string, name: string, value: unknown) => ({ [name]: value })),
  }
  const ui = { container: document.body, setTitle: vi.fn(), openSlider: vi.fn(), reloadPage: vi.fn() }
  const persist = vi.fn(async () => undefined)
  const userOptions = createUserOptionStore({ persist, writeCookie: () => undefined, sessid: 's' })
  const config = {
    domain: '127.0.0.1:1',
    appUrl: 'http://localhost:9/',
    appMethod: 'GET',
    memberId: 'm',
    appName: 'A',
  }
  const iframe = document.createElement('iframe')
  const session = { config, ui, api, userOptions, iframe, token: token(1) } as unknown as FrameSession
  return { session, state, api, ui, persist }
}

/** Sends one command; returns every reply the page posted (an answer with nothing is `undefined`). */
async function send(session: FrameSession, command: string, params?: unknown): Promise<unknown[]> {
  const replies: unknown[] = []
  await answerCommand(session, { command, params, callbackId: 'cb', appSid: 'sid' }, (reply) =>
    replies.push(reply),
  )
  return replies
}

afterEach(() => {
  vi.useRealTimers()
})

describe('getInitData and refreshAuth', () => {
  it('AUTH_EXPIRES is the lifetime (3600), not a countdown, also after refreshAuth', async () => {
    vi.useFakeTimers()
    const { session } = fakeSession()
    vi.advanceTimersByTime(20 * 60_000)
    const [first] = await send(session, 'getInitData')
    expect(first).toMatchObject({ AUTH_ID: 'auth1', AUTH_EXPIRES: 3600, PATH: '/rest/' })
    expect(await send(session, 'refreshAuth')).toEqual([
      { AUTH_ID: 'auth2', REFRESH_ID: 'refresh2', AUTH_EXPIRES: 3600 },
    ])
    vi.advanceTimersByTime(59 * 60_000)
    expect((await send(session, 'getInitData'))[0]).toMatchObject({ AUTH_ID: 'auth2', AUTH_EXPIRES: 3600 })
  })

  it('stays silent when the settings say so', async () => {
    const { session } = fakeSession({ frame: { answerInitData: false, answerRefreshAuth: false } })
    expect(await send(session, 'getInitData')).toEqual([])
    expect(await send(session, 'refreshAuth')).toEqual([])
  })

  it('answers from what the page was opened with: no request to the server, and later changes there wait for the next load', async () => {
    const { session, state, api } = fakeSession()
    session.launchState = structuredClone(state)
    state.settings.lang = 'de'
    state.install = true
    expect((await send(session, 'getInitData'))[0]).toMatchObject({ LANG: 'en', INSTALL: false })
    expect(api.state).not.toHaveBeenCalled()
  })

  it('tells INSTALL from the portal state, and FIRST_RUN only to the first getInitData of a load', async () => {
    const { session, state } = fakeSession({ installMode: true })
    state.install = true
    expect((await send(session, 'getInitData'))[0]).toMatchObject({ INSTALL: true, FIRST_RUN: true })
    expect((await send(session, 'getInitData'))[0]).toMatchObject({ INSTALL: true, FIRST_RUN: false })
    state.install = false
    expect((await send(session, 'getInitData'))[0]).toMatchObject({ INSTALL: false, FIRST_RUN: false })
  })
})

describe('commands that get no answer', () => {
  it('an unknown command gets none, and nothing happens', async () => {
    const { session, api } = fakeSession()
    for (const command of [
      'placementBindEvent',
      'setValue',
      'showAppForm',
      'fooBar',
      'constructor',
      'toString',
    ])
      expect(await send(session, command, { a: 1 }), command).toEqual([])
    expect(api.state).not.toHaveBeenCalled()
  })

  it("a non-administrator's setAppOption gets none and stores nothing", async () => {
    const { session, api } = fakeSession({}, false)
    expect(await send(session, 'setAppOption', { name: 'theme', value: 'dark' })).toEqual([])
    expect(api.setOption).not.toHaveBeenCalled()
  })

  it("an administrator's setAppOption is stored and answered with the app's options", async () => {
    const { session, api } = fakeSession()
    expect(await send(session, 'setAppOption', { name: 'theme', value: 'dark' })).toEqual([{ theme: 'dark' }])
    expect(api.setOption).toHaveBeenCalledWith('app-options', 'theme', 'dark')
  })

  it('messenger commands, dialogs and slider apps of the portal are known but not answered here', async () => {
    const { session } = fakeSession()
    for (const command of ['imCallTo', 'imOpenMessenger', 'selectUser', 'selectAccess', 'openApplication'])
      expect(await send(session, command, { mult: false }), command).toEqual([])
  })

  it('getInterface lists the known commands', async () => {
    const { session } = fakeSession()
    expect(await send(session, 'getInterface')).toEqual([{ command: KNOWN_COMMANDS, event: [] }])
    expect(KNOWN_COMMANDS).toEqual(expect.arrayContaining(['getInitData', 'setInstallFinish', 'openPath']))
  })
})

describe('setInstallFinish', () => {
  it('is never answered: after the set delay the portal finishes installation and reloads its page', async () => {
    vi.useFakeTimers()
    const { session, api, ui } = fakeSession({ frame: { installReloadDelayMs: 2000 } })
    const replies: unknown[] = []
    const done = answerCommand(
      session,
      { command: 'setInstallFinish', params: undefined, callbackId: 'cb', appSid: 'sid' },
      (reply) => replies.push(reply),
    )
    await vi.advanceTimersByTimeAsync(1999)
    expect(api.frameEvent).not.toHaveBeenCalled()
    expect(ui.reloadPage).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    await done
    expect(api.frameEvent).toHaveBeenCalledWith({ type: 'installFinish' })
    expect(ui.reloadPage).toHaveBeenCalledWith({ install_finished: 'Y' })
    expect(replies).toEqual([])
  })

  it('setInstall, by contrast, is answered with what it got', async () => {
    const { session } = fakeSession()
    expect(await send(session, 'setInstall', { install: true })).toEqual([{ install: true }])
  })
})

describe('openPath', () => {
  it('is answered {result: "close"} only when the slider closes', async () => {
    const { session, ui, api } = fakeSession()
    const path = '/crm/type/0/details/0/../../../../../telephony/users.php?IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER'
    const replies: unknown[] = []
    await answerCommand(
      session,
      { command: 'openPath', params: { path }, callbackId: 'c', appSid: 's' },
      (r) => replies.push(r),
    )
    expect(api.frameEvent).toHaveBeenCalledWith({ type: 'openPath', path: '/telephony/users.php' })
    const [openedPath, onClose] = ui.openSlider.mock.calls[0] as [string, () => void]
    expect(openedPath).toBe('/telephony/users.php')
    expect(replies).toEqual([])
    onClose()
    expect(replies).toEqual([{ result: 'close' }])
  })

  it('answers a path Bitrix24 refuses at once, and nothing at all with frame.answerOpenPath off', async () => {
    expect(await send(fakeSession().session, 'openPath', { path: '/telephony/users.php' })).toEqual([
      { result: 'error', errorCode: 'PATH_NOT_AVAILABLE' },
    ])
    const { session, ui } = fakeSession({ frame: { answerOpenPath: false } })
    const replies: unknown[] = []
    await answerCommand(
      session,
      { command: 'openPath', params: { path: '/marketplace/x/' }, callbackId: 'c', appSid: 's' },
      (reply) => replies.push(reply),
    )
    ;(ui.openSlider.mock.calls[0] as [string, () => void])[1]()
    expect(replies).toEqual([])
  })
})

describe('setUserOption', () => {
  it('is answered at once; the server hears of it only after frame.userOptionSaveDelayMs', async () => {
    vi.useFakeTimers()
    const { session, persist } = fakeSession({ frame: { userOptionSaveDelayMs: 5000 } })
    expect(await send(session, 'setUserOption', { name: 'view', value: 'a:b' })).toEqual([
      { name: 'view', value: 'a:b' },
    ])
    // A new load of the app in the same page gets it at once (the page keeps it).
    expect((await send(session, 'getInitData'))[0]).toMatchObject({ USER_OPTIONS: { view: 'a:b' } })
    await vi.advanceTimersByTimeAsync(4999)
    expect(persist).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(persist).toHaveBeenCalledWith('view', 'a:b')
  })
})

describe('setTitle', () => {
  it('sets the heading and answers with what it got', async () => {
    const { session, ui, api } = fakeSession()
    expect(await send(session, 'setTitle', { title: 'SIP phones' })).toEqual([{ title: 'SIP phones' }])
    expect(ui.setTitle).toHaveBeenCalledWith('SIP phones')
    expect(api.frameEvent).toHaveBeenCalledWith({ type: 'title', title: 'SIP phones' })
  })
})

// @vitest-environment jsdom
import { defaultSettings } from '../engine/settings.ts'
import { createFrameHost, type PageServices } from './frame-host.js'
import { createUserOptionStore } from './user-options.js'

const APP_ORIGIN = 'http://localhost:9'

/** A page hosting the app, with a fake control API; returns the iframe and what the page posted into it. */
async function hostedApp() {
  const state = {
    settings: defaultSettings(),
    portal: { currentUser: { isAdmin: true } },
    userOptions: {},
    appOptions: {},
    install: false,
    appActive: true,
  }
  const api = {
    state: vi.fn(async () => state),
    issueToken: vi.fn(async () => ({ AUTH_ID: 'a1', REFRESH_ID: 'r1', AUTH_EXPIRES: 3600 })),
    frameEvent: vi.fn(async () => ({ ok: true })),
  }
  const userOptions = createUserOptionStore({
    persist: async () => undefined,
    writeCookie: () => {},
    sessid: 's',
  })
  document.body.innerHTML = '<div id="app"></div>'
  const config = {
    domain: '127.0.0.1:1',
    appUrl: `${APP_ORIGIN}/`,
    // GET: jsdom cannot submit the launch form.
    appMethod: 'GET' as const,
    memberId: 'm',
    sessid: 's',
    appName: 'SIP phones',
  }
  const ui = {
    container: document.getElementById('app') as HTMLElement,
    setTitle: vi.fn(),
    openSlider: vi.fn(),
    reloadPage: vi.fn(),
    refuse: vi.fn(),
  }
  await createFrameHost(config, ui, { api, userOptions } as unknown as PageServices).load()
  const iframe = document.querySelector('iframe') as HTMLIFrameElement
  const frameWindow = iframe.contentWindow as Window
  const posted: Array<[unknown, string]> = []
  vi.spyOn(frameWindow, 'postMessage').mockImplementation((data: unknown, origin: unknown) => {
    posted.push([data, String(origin)])
  })
  const appSid = iframe.name.split('|')[2] ?? ''
  /** Posts a message to the page as if from `source`, then lets the page answer. */
  const fromApp = async (data: string, origin = APP_ORIGIN, source: Window = frameWindow) => {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }))
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { iframe, appSid, posted, fromApp }
}

describe('the frame host', () => {
  it('names the iframe <DOMAIN>|0|<APP_SID> and answers the app to its origin', async () => {
    const { iframe, appSid, posted, fromApp } = await hostedApp()
    expect(iframe.name).toMatch(/^127\.0\.0\.1:1\|0\|[0-9a-f]{32}$/)
    await fromApp(`getInitData:cb1:${appSid}`)
    expect(posted).toHaveLength(1)
    const [data, origin] = posted[0] ?? []
    expect(origin).toBe(APP_ORIGIN)
    expect(String(data)).toMatch(/^cb1:\{/)
    expect(JSON.parse(String(data).slice(4))).toMatchObject({ AUTH_ID: 'a1', AUTH_EXPIRES: 3600 })
  })

  it('ignores another origin, another sid and an unknown command', async () => {
    const { appSid, posted, fromApp } = await hostedApp()
    await fromApp(`getInitData:cb1:${appSid}`, 'https://evil.example')
    await fromApp('getInitData:cb1:0000')
    await fromApp(`noSuchCommand:{"a":1}:cb1:${appSid}`)
    expect(posted).toEqual([])
  })
})

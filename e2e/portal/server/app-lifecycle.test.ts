import { createPortalEngine } from '../engine/engine.ts'
import { createPortalServer, type PortalServer } from './portal-server.ts'
import { postJson, rawRequest } from './test-portal.ts'

let server: PortalServer
const state = async () => JSON.parse((await rawRequest(server.url, { path: '/_portal/api/state' })).body)
const post = async (route: string, body: unknown = {}) => postJson(server.url, `/_portal/api/${route}`, body)

beforeEach(async () => {
  server = await createPortalServer({
    appUrl: 'http://localhost:9/',
    createEngine: (origin) => createPortalEngine({ ...origin, employees: 20 }),
  })
})
afterEach(() => server.close())

describe('install, uninstall, reinstall (docs/bitrix24.md "Install, uninstall, reinstall")', () => {
  test('deleting the app keeps its options and every user option', async () => {
    await post('app-options', { name: 'installation', value: 'a1' })
    await post('user-options', { name: 'view', value: '{"sort":"name"}' })
    expect((await post('app/uninstall', { clean: false })).status).toBe(200)
    expect(await state()).toMatchObject({
      appActive: false,
      appOptions: { installation: 'a1' },
      userOptions: { view: '{"sort":"name"}' },
    })
  })

  test('deleting it with its data drops the app options and the deleting user’s options only', async () => {
    await post('app-options', { name: 'installation', value: 'a1' })
    server.engine.setUserOption(2, 'view', 'other user')
    await post('user-options', { name: 'view', value: 'mine' })
    await post('app/uninstall', { clean: true })
    expect(await state()).toMatchObject({ appActive: false, appOptions: {}, userOptions: {} })
    expect(server.engine.userOptions(2)).toEqual({ view: 'other user' })
  })

  test('installing again opens the install step, and finishing it the app', async () => {
    await post('frame-events', { type: 'installFinish' })
    await post('app/uninstall', { clean: false })
    expect(await state()).toMatchObject({ appActive: false, install: false })
    await post('app/install')
    expect(await state()).toMatchObject({ appActive: true, install: true, installFinished: false })
    await post('frame-events', { type: 'installFinish' })
    expect(await state()).toMatchObject({ appActive: true, install: false, installFinished: true })
  })
})

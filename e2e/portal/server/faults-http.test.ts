import type { PortalEngine } from '../contract.ts'
import type { PortalServer } from './portal-server.ts'
import { postJson, startTestPortal } from './test-portal.ts'

let server: PortalServer
let engine: PortalEngine
let url: string
/** Boris Ivanov's phone (off in the small portal) switched on by Anna, an administrator. */
let activate: { auth: string; USER_ID: number }

beforeEach(async () => {
  let token: string
  ;({ server, engine, url, token } = await startTestPortal())
  activate = { auth: token, USER_ID: 2 }
})
afterEach(async () => {
  await server.close()
})

/** Fault settings that always fail with one kind; `random` then picks the kind (index 0) and `when`. */
function always(
  kind: 'error500' | 'drop' | 'timeout',
  when: 'before' | 'after',
  scope: 'all' | 'writes' | 'reads' = 'all',
) {
  engine.updateSettings({ faults: { rate: 1, kinds: [kind], scope, when } })
}

describe('faults over HTTP', () => {
  it('error500 answers INTERNAL_SERVER_ERROR without executing', async () => {
    always('error500', 'after')
    const res = await postJson(url, '/rest/voximplant.user.activatePhone', activate)
    expect(res.status).toBe(500)
    expect(res.headers['access-control-allow-origin']).toBe('*')
    expect(JSON.parse(res.body)).toEqual({
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'Internal server error',
    })
    expect(engine.voximplantUser(2)?.PHONE_ENABLED).toBe('N')
    expect(engine.log).toEqual([
      expect.objectContaining({ method: 'voximplant.user.activatePhone', fault: 'error500', status: 500 }),
    ])
  })

  it('drop after: the socket closes without an answer, but the write happened', async () => {
    always('drop', 'after')
    await expect(postJson(url, '/rest/voximplant.user.activatePhone', activate)).rejects.toThrow(
      /socket hang up|ECONNRESET/,
    )
    expect(engine.voximplantUser(2)?.PHONE_ENABLED).toBe('Y')
    expect(engine.log[0]).toMatchObject({ fault: 'drop', status: 200 })
  })

  it('drop before: the engine never sees the request and records the fault', async () => {
    always('drop', 'before')
    await expect(postJson(url, '/rest/voximplant.user.activatePhone', activate)).rejects.toThrow(
      /socket hang up|ECONNRESET/,
    )
    expect(engine.voximplantUser(2)?.PHONE_ENABLED).toBe('N')
    // Only the fault's own entry: status 0, the engine never answered.
    expect(engine.log).toEqual([
      expect.objectContaining({ method: 'voximplant.user.activatePhone', fault: 'drop', status: 0 }),
    ])
  })

  it('timeout: no answer until the client gives up; the socket is held until then, and close() ends it', async () => {
    always('timeout', 'after')
    await expect(postJson(url, '/rest/voximplant.user.activatePhone', activate, 300)).rejects.toThrow(
      'timeout',
    )
    expect(engine.voximplantUser(2)?.PHONE_ENABLED).toBe('Y')
    expect(engine.log[0]?.fault).toBe('timeout')
    // The client gave up: the held socket is released.
    await vi.waitFor(() => expect(server.pending.held).toBe(0))

    const hanging = postJson(url, '/rest/user.get', { auth: activate.auth }, 10_000)
    await vi.waitFor(() => expect(server.pending.held).toBe(1))
    await server.close()
    await expect(hanging).rejects.toThrow(/socket hang up|ECONNRESET/)
  })

  it('timeout with a gateway limit: nginx answers its own 504 page after the wait, without CORS headers', async () => {
    always('timeout', 'after')
    engine.updateSettings({ faults: { gatewayTimeoutMs: 150 } })
    const started = Date.now()
    const res = await postJson(url, '/rest/voximplant.user.activatePhone', activate)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(res.status).toBe(504)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
    expect(res.body).toContain('504 Gateway Time-out')
    expect(engine.voximplantUser(2)?.PHONE_ENABLED).toBe('Y') // `after`: the write happened
    expect(engine.log[0]).toMatchObject({ fault: 'timeout', status: 200 })
    expect(server.pending.held).toBe(0)
  })

  it('scope writes: batches carrying a write fail, reads do not draw at all', async () => {
    always('error500', 'before', 'writes')
    const random = vi.spyOn(engine, 'random')
    const read = await postJson(url, '/rest/batch', { cmd: { a: 'user.get?ID=1' }, auth: activate.auth })
    expect(read.status).toBe(200)
    expect(random).not.toHaveBeenCalled()
    const write = await postJson(url, '/rest/batch', {
      cmd: { a: 'user.get?ID=1', b: 'voximplant.user.activatePhone?USER_ID=2' },
      auth: activate.auth,
    })
    expect(write.status).toBe(500)
    expect(engine.voximplantUser(2)?.PHONE_ENABLED).toBe('N')
  })

  it('picks the kind and the moment with the engine PRNG, so runs repeat', async () => {
    engine.updateSettings({
      faults: { rate: 0.5, kinds: ['error500', 'drop'], scope: 'all', when: 'either' },
    })
    // 0.7 ≥ rate: no fault. Then 0.1 < rate: fault; 0.2 → kinds[0] = error500.
    const random = vi.spyOn(engine, 'random')
    for (const value of [0.7, 0.1, 0.2]) random.mockReturnValueOnce(value)
    expect((await postJson(url, '/rest/user.get', { auth: activate.auth })).status).toBe(200)
    expect((await postJson(url, '/rest/user.get', { auth: activate.auth })).status).toBe(500)
    expect(random).toHaveBeenCalledTimes(3)
  })
})

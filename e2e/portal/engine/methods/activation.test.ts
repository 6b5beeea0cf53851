import type { PortalEngine } from '../../contract.ts'
import { kit, T0 } from '../test-kit.ts'

const error = (answer: { status: number; body: unknown }) => ({
  status: answer.status,
  ...(answer.body as object),
})
const phoneOf = (engine: PortalEngine, id: number) => engine.voximplantUser(id)?.PHONE_ENABLED

describe('activatePhone / deactivatePhone', () => {
  test('activate answers 1 and turns the phone on', () => {
    const { call, engine } = kit()
    engine.setPhoneEnabled(6, 'N')
    expect(call('voximplant.user.activatePhone', { USER_ID: '6' }).body).toMatchObject({ result: 1 })
    expect(phoneOf(engine, 6)).toBe('Y')
  })

  test('deactivate in the default "broken" mode answers 1 and turns the phone ON', () => {
    const { call, engine } = kit()
    engine.setPhoneEnabled(6, 'N')
    expect(call('voximplant.user.deactivatePhone', { USER_ID: 6 }).body).toMatchObject({ result: 1 })
    expect(phoneOf(engine, 6)).toBe('Y')
    engine.updateSettings({ deactivateMode: 'working' })
    call('voximplant.user.deactivatePhone', { USER_ID: 6 })
    expect(phoneOf(engine, 6)).toBe('N')
  })

  test('USER_ID goes through (int): an array acts on user 1', () => {
    const { call, engine } = kit()
    engine.setPhoneEnabled(1, 'N')
    engine.setPhoneEnabled(6, 'N')
    expect(call('voximplant.user.activatePhone', { USER_ID: [6, 7] }).body).toMatchObject({ result: 1 })
    expect(phoneOf(engine, 1)).toBe('Y')
    expect(phoneOf(engine, 6)).toBe('N')
  })

  test('0 after (int), or a name in another case, is "not set"; a user the caller may not manage is refused', () => {
    const { call, engine } = kit()
    for (const params of [{}, { USER_ID: 0 }, { USER_ID: 'abc' }, { USER_ID: [] }, { user_id: 6 }])
      expect(error(call('voximplant.user.activatePhone', params))).toEqual({
        status: 400,
        error: '',
        error_description: 'Parameter USER_ID is not set',
      })
    engine.updateSettings({ permission: 'own' })
    engine.setPhoneEnabled(6, 'N')
    expect(error(call('voximplant.user.deactivatePhone', { USER_ID: 6 }))).toEqual({
      status: 400,
      error: '',
      error_description: "You are not allowed to modify user's settings",
    })
    expect(phoneOf(engine, 6)).toBe('N')
    expect(call('voximplant.user.activatePhone', { USER_ID: 1 }).status).toBe(200)
  })

  test('an ordinary employee (default roles) may not switch anyone, not even themselves', () => {
    const { engine } = kit()
    engine.updateSettings({ currentUserId: 2 })
    const auth = engine.issueToken(T0).AUTH_ID
    for (const USER_ID of [2, 3])
      expect(engine.handleRest('voximplant.user.activatePhone', { USER_ID, auth }, T0).body).toMatchObject({
        error_description: "You are not allowed to modify user's settings",
      })
  })

  test('with "any", an id of no user answers 1 and changes nothing', () => {
    const { call, engine } = kit()
    expect(call('voximplant.user.activatePhone', { USER_ID: 999_999 }).body).toMatchObject({ result: 1 })
    expect(engine.voximplantUser(999_999)).toBeUndefined()
  })

  test('need no administrator confirmation', () => {
    const { call, engine } = kit()
    engine.updateSettings({ confirmationRequired: true })
    expect(call('voximplant.user.activatePhone', { USER_ID: 2 }).status).toBe(200)
    expect(engine.pendingConfirmations()).toEqual([])
  })
})

describe('activation that does not stick', () => {
  test('a dismissed user: answers 1, the phone ends off even if it was on', () => {
    const { call, engine } = kit()
    engine.setPhoneEnabled(7, 'Y')
    expect(call('voximplant.user.activatePhone', { USER_ID: 7 }).body).toMatchObject({ result: 1 })
    expect(phoneOf(engine, 7)).toBe('N')
  })

  test('a user whose registration fails (setting registrationFailsFor): answers 1, phone off', () => {
    const { call, engine } = kit()
    engine.setPhoneEnabled(6, null)
    engine.updateSettings({ registrationFailsFor: [6] })
    expect(call('voximplant.user.activatePhone', { USER_ID: 6 }).body).toMatchObject({ result: 1 })
    expect(phoneOf(engine, 6)).toBe('N')
    // The broken deactivatePhone turns phones on the same way, and fails the same way.
    expect(call('voximplant.user.deactivatePhone', { USER_ID: 6 }).body).toMatchObject({ result: 1 })
    expect(phoneOf(engine, 6)).toBe('N')
    engine.updateSettings({ registrationFailsFor: [] })
    call('voximplant.user.activatePhone', { USER_ID: 6 })
    expect(phoneOf(engine, 6)).toBe('Y')
  })

  test('portal e-mail not confirmed: no activation sticks', () => {
    const { call, engine } = kit()
    engine.updateSettings({ portalEmailConfirmed: false })
    engine.setPhoneEnabled(2, 'N')
    expect(call('voximplant.user.activatePhone', { USER_ID: 2 }).body).toMatchObject({ result: 1 })
    expect(phoneOf(engine, 2)).toBe('N')
  })

  test('a user without a SIP password gets one when the activation works, not before', () => {
    const { call, engine } = kit()
    const without = [...Array(60).keys()]
      .map((i) => i + 1)
      .filter((id) => engine.voximplantUser(id)?.SIP_PASSWORD === null && id !== 7 && id % 29 !== 0)
    const [id] = without
    expect(id).toBeDefined()
    engine.updateSettings({ registrationFailsFor: [id ?? 0] })
    call('voximplant.user.activatePhone', { USER_ID: id })
    expect(engine.voximplantUser(id ?? 0)?.SIP_PASSWORD).toBeNull()
    engine.updateSettings({ registrationFailsFor: [] })
    call('voximplant.user.activatePhone', { USER_ID: id })
    expect(engine.voximplantUser(id ?? 0)?.SIP_PASSWORD).toMatch(/^[0-9a-f]{12}$/)
  })
})

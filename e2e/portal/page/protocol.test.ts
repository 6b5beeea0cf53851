import {
  formatReply,
  optionsForApp,
  parseFrameMessage,
  randomAppSid,
  resizeStyle,
  resolveOpenPath,
  sliderTitle,
} from './protocol.js'

describe('parseFrameMessage', () => {
  it('reads a command without params', () => {
    expect(parseFrameMessage('getInitData:cb-1:abc123')).toEqual({
      command: 'getInitData',
      params: undefined,
      callbackId: 'cb-1',
      appSid: 'abc123',
    })
  })

  it('reads JSON params that contain colons', () => {
    const params = {
      path: '/crm/type/0/details/0/../../../../../telephony/users.php?IFRAME=Y',
      url: 'http://x:1/',
    }
    expect(parseFrameMessage(`openPath:${JSON.stringify(params)}:0f9e-11:sid`)).toEqual({
      command: 'openPath',
      params,
      callbackId: '0f9e-11',
      appSid: 'sid',
    })
  })

  it('keeps params that are not JSON as the raw string', () => {
    expect(parseFrameMessage('setTitle:plain:text:cb:sid')?.params).toBe('plain:text')
  })

  it('returns null for anything that is not a command message', () => {
    for (const data of [
      null,
      42,
      { command: 'x' },
      '',
      'getInitData',
      'getInitData:cb',
      ':cb:sid',
      'getInitData::sid',
      'getInitData:cb:',
      'bad command:cb:sid',
    ]) {
      expect(parseFrameMessage(data), JSON.stringify(data)).toBeNull()
    }
  })

  it('matches what the SDK sends (frame/message/controller.mjs)', () => {
    // The SDK joins [JSON.stringify(params) || '', callbackId, appSid].filter(Boolean) with ':'.
    const send = (command: string, params: unknown, id: string, sid: string) =>
      `${command}:${[params ? JSON.stringify(params) : '', id, sid].filter(Boolean).join(':')}`
    expect(parseFrameMessage(send('setUserOption', { name: 'a', value: 'b:c' }, 'id1', 's1'))).toEqual({
      command: 'setUserOption',
      params: { name: 'a', value: 'b:c' },
      callbackId: 'id1',
      appSid: 's1',
    })
    expect(parseFrameMessage(send('refreshAuth', null, 'id2', 's1'))?.command).toBe('refreshAuth')
  })
})

describe('formatReply', () => {
  it('is "<callbackId>:<JSON>", or "<callbackId>:" with nothing to say', () => {
    expect(formatReply('cb', { AUTH_ID: 'a' })).toBe('cb:{"AUTH_ID":"a"}')
    expect(formatReply('cb')).toBe('cb:')
    expect(formatReply('cb', null)).toBe('cb:null')
  })
})

describe('resolveOpenPath', () => {
  it('opens what the SDK path resolves to, without the slider markers', () => {
    expect(
      resolveOpenPath(
        '/crm/type/0/details/0/../../../../../telephony/users.php?IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER',
      ),
    ).toEqual({
      ok: true,
      path: '/telephony/users.php',
    })
    expect(resolveOpenPath('/company/personal/user/5/')).toEqual({
      ok: true,
      path: '/company/personal/user/5/',
    })
  })

  it('refuses paths outside the allowed prefixes', () => {
    expect(resolveOpenPath('/telephony/users.php')).toEqual({ ok: false, errorCode: 'PATH_NOT_AVAILABLE' })
    expect(resolveOpenPath(undefined)).toEqual({ ok: false, errorCode: 'PATH_NOT_AVAILABLE' })
  })
})

describe('sliderTitle', () => {
  it('names the pages the app links to as a person sees them, other paths as they are', () => {
    expect(sliderTitle('/telephony/users.php')).toBe('Telephony → Users')
    expect(sliderTitle('/telephony/users.php?USER_ID=5')).toBe('Telephony → Users')
    expect(sliderTitle('/company/personal/user/5/')).toBe('Employee profile')
    expect(sliderTitle('/crm/deal/details/5/')).toBe('/crm/deal/details/5/')
  })
})

describe('resizeStyle / optionsForApp / randomAppSid', () => {
  it('sizes the frame like BX24.resizeWindow', () => {
    expect(resizeStyle({ width: '100%', height: 812.5 })).toEqual({ width: '100%', height: '812px' })
    expect(resizeStyle({ width: 640, height: 0 })).toEqual({ width: '640px' })
    expect(resizeStyle(null)).toEqual({})
  })

  it('hands empty options over as PHP would encode them', () => {
    expect(optionsForApp({})).toEqual([])
    expect(optionsForApp({ a: '1' })).toEqual({ a: '1' })
  })

  it('makes a 32-hex app sid', () => {
    expect(randomAppSid(globalThis.crypto)).toMatch(/^[0-9a-f]{32}$/)
  })
})

import { parseCli } from './cli-args.ts'

describe('parseCli', () => {
  it('defaults to the ports a person can remember and the built app', () => {
    expect(parseCli([])).toEqual({
      employees: 200,
      dataset: 'demo',
      portalPort: 8124,
      appPort: 8125,
      appDir: 'dist/app',
      settings: { appScopes: ['telephony', 'user_brief', 'department', 'user'] },
    })
  })

  it('seeds the demo company unless asked for the test data', () => {
    expect(parseCli(['--data', 'test'])).toMatchObject({ dataset: 'test' })
    expect(() => parseCli(['--data', 'hostile'])).toThrow('--data must be one of demo, test')
  })

  it('withholds the optional scope user on request', () => {
    expect(parseCli(['--no-user-scope'])).toMatchObject({
      settings: { appScopes: ['telephony', 'user_brief', 'department'] },
    })
  })

  it('turns flags into options and settings', () => {
    expect(
      parseCli([
        '--employees',
        '20000',
        '--port',
        '0',
        '--app-url',
        'http://localhost:5173/',
        '--app-method',
        'get',
        '--lang',
        'de',
        '--no-confirmation',
        '--plan',
        'enterprise',
        '--latency',
        '120',
        '--fault-rate',
        '0.1',
        '--install',
      ]),
    ).toEqual({
      employees: 20000,
      dataset: 'demo',
      portalPort: 0,
      appPort: 8125,
      appUrl: 'http://localhost:5173/',
      appMethod: 'GET',
      settings: {
        appScopes: ['telephony', 'user_brief', 'department', 'user'],
        lang: 'de',
        confirmationRequired: false,
        bucket: { drainPerSecond: 5, limit: 250 },
        latency: { perRequestMs: 120 },
        faults: { rate: 0.1 },
        installMode: true,
      },
    })
  })

  it('says what is wrong with bad input', () => {
    expect(() => parseCli(['--employees', 'many'])).toThrow('--employees needs a number')
    expect(() => parseCli(['--plan', 'gold'])).toThrow('--plan must be one of standard, enterprise, none')
    expect(() => parseCli(['--bogus'])).toThrow()
    expect(parseCli(['--help'])).toBe('help')
  })
})

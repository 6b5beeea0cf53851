import { launchPortal, parsePortalOrigin, splitPortalList } from './portal-origin.ts'

describe('launchPortal', () => {
  const q = (text: string) => new URLSearchParams(text)
  const portals = ['https://crm.example.com', 'https://*.corp.example.org', 'http://127.0.0.1:8124']

  it('takes the cloud portal of the launch request, from its query or else its form', () => {
    expect(launchPortal(q('DOMAIN=acme.bitrix24.com&PROTOCOL=1&LANG=en'), undefined, [])).toBe(
      'https://acme.bitrix24.com',
    )
    expect(launchPortal(q(''), q('DOMAIN=Acme.Bitrix24.com.br&PROTOCOL=1&AUTH_ID=x'), [])).toBe(
      'https://acme.bitrix24.com.br',
    )
    expect(launchPortal(q('DOMAIN=acme.bitrix24.de'), undefined, [])).toBe('https://acme.bitrix24.de')
  })

  it('takes a portal outside the cloud only when it was named, wildcards included', () => {
    expect(launchPortal(q('DOMAIN=crm.example.com&PROTOCOL=1'), undefined, portals)).toBe(
      'https://crm.example.com',
    )
    expect(launchPortal(q('DOMAIN=b24.corp.example.org&PROTOCOL=1'), undefined, portals)).toBe(
      'https://b24.corp.example.org',
    )
    expect(launchPortal(q('DOMAIN=127.0.0.1:8124&PROTOCOL=0'), undefined, portals)).toBe(
      'http://127.0.0.1:8124',
    )
    expect(launchPortal(q('DOMAIN=crm.example.com&PROTOCOL=1'), undefined, [])).toBeUndefined()
  })

  it('with anyHttps, takes whichever https portal launched the app, never an http one', () => {
    const any = { anyHttps: true }
    expect(launchPortal(q('DOMAIN=crm.example.com&PROTOCOL=1'), undefined, [], any)).toBe(
      'https://crm.example.com',
    )
    expect(launchPortal(q('DOMAIN=crm.example.com&PROTOCOL=0'), undefined, [], any)).toBeUndefined()
    expect(launchPortal(q('DOMAIN=*.example.com&PROTOCOL=1'), undefined, [], any)).toBeUndefined()
  })

  it('refuses every other DOMAIN', () => {
    for (const query of [
      '',
      'DOMAIN=',
      'DOMAIN=evil.example.com&PROTOCOL=1',
      'DOMAIN=acme.bitrix24.site&PROTOCOL=1',
      'DOMAIN=acme.bitrix24.com.evil.net&PROTOCOL=1',
      'DOMAIN=a.b.bitrix24.com&PROTOCOL=1',
      'DOMAIN=acme.bitrix24.com&PROTOCOL=0',
      'DOMAIN=acme.bitrix24.com:8443&PROTOCOL=1',
      'DOMAIN=acme.bitrix24.com&PROTOCOL=2',
      'DOMAIN=acme.bitrix24.com/x&PROTOCOL=1',
      'DOMAIN=evil.net%2F.bitrix24.com&PROTOCOL=1',
      'DOMAIN=acme.bitrix24.com@evil.net&PROTOCOL=1',
      "DOMAIN=acme.bitrix24.com;script-src 'unsafe-inline'&PROTOCOL=1",
      'DOMAIN=*.bitrix24.com&PROTOCOL=1',
      'DOMAIN=corp.example.org&PROTOCOL=1',
      'DOMAIN=127.0.0.1:8124&PROTOCOL=1',
    ]) {
      expect(launchPortal(q(query), undefined, portals), query).toBeUndefined()
    }
  })

  it('believes neither of two different portals in one request', () => {
    expect(launchPortal(q('DOMAIN=a.bitrix24.com'), q('DOMAIN=b.bitrix24.com'), [])).toBeUndefined()
    expect(launchPortal(q('DOMAIN=a.bitrix24.com'), q('DOMAIN=a.bitrix24.com'), [])).toBe(
      'https://a.bitrix24.com',
    )
  })
})

describe('parsePortalOrigin', () => {
  it('turns a portal address into its origin', () => {
    expect(parsePortalOrigin('https://CRM.Example.com/')).toBe('https://crm.example.com')
    expect(parsePortalOrigin(' https://crm.example.com:8443 ')).toBe('https://crm.example.com:8443')
    expect(parsePortalOrigin('https://crm.example.com:443')).toBe('https://crm.example.com')
    expect(parsePortalOrigin('https://*.example.com')).toBe('https://*.example.com')
    expect(parsePortalOrigin('https://портал.рф')).toBe('https://xn--80awhdgm.xn--p1ai')
  })

  it('refuses what is not an origin, with a clear error', () => {
    for (const value of [
      'crm.example.com',
      'crm.example.com:443',
      '//crm.example.com',
      'https://',
      'https://crm.example.com/rest/',
      'https://crm.example.com?x=1',
      'https://crm.example.com#x',
      'https://user:pass@crm.example.com',
      'ftp://crm.example.com',
      "https://crm.example.com;script-src 'unsafe-inline'",
      'https://crm.example.com%20*',
      'https://a.*.example.com',
    ]) {
      expect(() => parsePortalOrigin(value), value).toThrow(/Portal ".*"/)
    }
    expect(() => parsePortalOrigin('crm.example.com')).toThrow(
      'Portal "crm.example.com" has no scheme: expected an origin such as https://portal.example.com',
    )
  })

  it('takes http:// only for a local test portal, when asked to', () => {
    expect(() => parsePortalOrigin('http://127.0.0.1:8124')).toThrow(/must be https:\/\/.*--allow-http/)
    expect(parsePortalOrigin('http://127.0.0.1:8124', { allowHttp: true })).toBe('http://127.0.0.1:8124')
    expect(parsePortalOrigin('https://crm.example.com', { allowHttp: true })).toBe('https://crm.example.com')
  })
})

describe('splitPortalList', () => {
  it('splits B24_PORTALS on commas and spaces', () => {
    expect(splitPortalList(' https://a.example.com, https://b.example.com  https://c.example.com,')).toEqual([
      'https://a.example.com',
      'https://b.example.com',
      'https://c.example.com',
    ])
    expect(splitPortalList(undefined)).toEqual([])
  })
})

import {
  BITRIX24_CLOUD_SOURCES,
  buildCsp,
  parsePortalOrigin,
  securityHeaders,
  splitPortalList,
} from './csp.ts'

/** The policy as directive name → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ')
      return [name, sources]
    }),
  )
}

describe('buildCsp', () => {
  const csp = directives(buildCsp({ portals: ['https://crm.example.com', 'https://b24.example.org:8443'] }))

  it('blocks everything by default and allows only the app itself for scripts and styles', () => {
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('style-src')).toEqual(["'self'"])
    expect(csp.get('style-src-elem')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('style-src-attr')).toBeUndefined()
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'none'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
  })

  it('lets the cloud zones and the configured portals frame the app, answer REST and serve photos', () => {
    const portals = [...BITRIX24_CLOUD_SOURCES, 'https://crm.example.com', 'https://b24.example.org:8443']
    expect(csp.get('connect-src')).toEqual(portals)
    expect(csp.get('frame-ancestors')).toEqual(portals)
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:', ...portals])
    for (const zone of ['com', 'de', 'ru', 'com.br', 'com.tr', 'uk', 'jp']) {
      expect(csp.get('connect-src')).toContain(`https://*.bitrix24.${zone}`)
    }
  })

  it('never lists the Bitrix24 Sites domains where anyone publishes pages', () => {
    const all = buildCsp({ portals: [] })
    expect(all).not.toMatch(/bitrix24\.(site|shop|online)\b/)
    expect(all).not.toMatch(/\*(?!\.bitrix24\.)/)
  })

  it('lists a portal once however often it is given', () => {
    const once = directives(buildCsp({ portals: ['https://a.example.com', 'https://a.example.com'] }))
    expect(once.get('connect-src')?.filter((s) => s === 'https://a.example.com')).toHaveLength(1)
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

describe('securityHeaders', () => {
  it('sends the policy, nosniff and no referrer, and no X-Frame-Options (the portal frames the app)', () => {
    const headers = securityHeaders("default-src 'none'")
    expect(headers).toEqual({
      'Content-Security-Policy': "default-src 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    })
  })
})

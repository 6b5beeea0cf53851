import {
  BITRIX24_CLOUD_SOURCES,
  BITRIX24_PHOTO_CDN,
  buildCsp,
  buildStaticCsp,
  securityHeaders,
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
  const csp = directives(buildCsp({ portal: 'https://acme.bitrix24.de' }))

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

  it('lets only the one launching portal frame the app and answer REST, plus the photo CDN for images', () => {
    expect(csp.get('connect-src')).toEqual(['https://acme.bitrix24.de'])
    expect(csp.get('frame-ancestors')).toEqual(['https://acme.bitrix24.de'])
    expect(csp.get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://acme.bitrix24.de',
      ...BITRIX24_PHOTO_CDN,
    ])
    // Every source is one exact host: no wildcard lets a request reach another portal.
    expect(buildCsp({ portal: 'https://acme.bitrix24.de' })).not.toContain('*')
    expect(BITRIX24_PHOTO_CDN).toContain('https://cdn.bitrix24.com')
    expect(BITRIX24_PHOTO_CDN).toContain('https://cdn-ru.bitrix24.ru')
  })

  it('allows no portal at all when none launched the app', () => {
    const none = directives(buildCsp({ portal: undefined }))
    expect(none.get('connect-src')).toEqual(["'none'"])
    expect(none.get('frame-ancestors')).toEqual(["'none'"])
    expect(none.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
  })
})

describe('buildStaticCsp', () => {
  const csp = directives(buildStaticCsp({ portals: ['https://crm.example.com', 'https://crm.example.com'] }))

  it('fits the zip served by any cloud portal or a named one, without the directives <meta> ignores', () => {
    const portals = [...BITRIX24_CLOUD_SOURCES, 'https://crm.example.com']
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('style-src-elem')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('connect-src')).toEqual(["'self'", ...portals])
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:', ...portals])
    expect(csp.get('object-src')).toEqual(["'none'"])
    for (const ignored of ['frame-ancestors', 'report-uri', 'sandbox']) expect(csp.has(ignored)).toBe(false)
  })

  it('for the Market, reaches any portal over https and still none over http', () => {
    const market = directives(buildStaticCsp({ portals: [], anyPortal: true }))
    expect(market.get('connect-src')).toEqual(["'self'", ...BITRIX24_CLOUD_SOURCES, 'https:'])
    expect(market.get('img-src')).toContain('https:')
    expect(market.get('connect-src')).not.toContain('http:')
    expect(csp.get('connect-src')).not.toContain('https:')
  })

  it('never lists the Bitrix24 Sites domains where anyone publishes pages', () => {
    const all = buildStaticCsp({ portals: [] })
    expect(all).not.toMatch(/bitrix24\.(site|shop|online)\b/)
    expect(all).not.toMatch(/\*(?!\.bitrix24\.)/)
    for (const zone of ['com', 'de', 'ru', 'com.br', 'com.tr', 'uk', 'jp']) {
      expect(directives(all).get('connect-src')).toContain(`https://*.bitrix24.${zone}`)
    }
  })
})

describe('securityHeaders', () => {
  it('sends the policy, nosniff, no referrer, no powerful features and no X-Frame-Options', () => {
    const headers = securityHeaders("default-src 'none'")
    expect(headers).toMatchObject({
      'Content-Security-Policy': "default-src 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    })
    expect(headers['Permissions-Policy']).toMatch(/(^|, )camera=\(\)(, |$)/)
    expect(headers['Permissions-Policy']).toMatch(/(^|, )microphone=\(\)(, |$)/)
    // The app copies SIP settings to the clipboard when asked.
    expect(headers['Permissions-Policy']).not.toContain('clipboard')
    expect(headers).not.toHaveProperty('X-Frame-Options')
  })
})

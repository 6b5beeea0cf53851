import { isShipped } from './shipped.ts'

describe('isShipped', () => {
  it('keeps app files and drops maps, dotfiles and e2e/', () => {
    expect(isShipped('index.html')).toBe(true)
    expect(isShipped('assets/map-view-abc.js')).toBe(true)
    expect(isShipped('assets/index.js.map')).toBe(false)
    expect(isShipped('.env')).toBe(false)
    expect(isShipped('assets/.cache/x.js')).toBe(false)
    expect(isShipped('e2e/portal/page.js')).toBe(false)
    expect(isShipped('assets/e2e.js')).toBe(true)
  })
})

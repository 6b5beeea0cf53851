import { test } from './fixtures.ts'
test.use({
  viewport: { width: 1260, height: 900 },
  portalOptions: { settings: { lang: 'ru', confirmationRequired: false } },
})
test('probe', async ({ app, page }) => {
  for (let i = 0; i < 12; i++) {
    await page.waitForTimeout(1500)
    const info = await app.locator('body').evaluate(() => {
      const t = document.querySelector('table')
      const sc = t?.parentElement
      const ths = [...(t?.querySelectorAll('th') ?? [])].map(
        (th) =>
          `${th.textContent}:${th.clientWidth}/${th.scrollWidth}${getComputedStyle(th).display === 'none' ? '(h)' : ''}`,
      )
      const sw = document.querySelectorAll('[role=switch]:not([disabled])').length
      return {
        sc: sc && `${sc.clientWidth}/${sc.scrollWidth}`,
        ths,
        sw,
        alerts: [...document.querySelectorAll('[role=alert],[role=status]')]
          .map((a) => a.textContent)
          .join(' | '),
        body: document.body.clientWidth,
      }
    })
    console.log(JSON.stringify(info))
  }
})

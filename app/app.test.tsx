import { render, screen, waitFor } from '@testing-library/react'
import { App, startOpening } from './app.tsx'
import { inProcessPortal } from './test/in-process-portal.ts'

test("the list's first request goes out while the language still loads, before the first screen", async () => {
  document.documentElement.lang = ''
  let screenShownAtFirstRequest: boolean | undefined
  let languageAtFirstRequest: string | undefined
  const { portal, commands } = inProcessPortal({
    settings: { lang: 'de' },
    onRequest: (methods) => {
      if (!methods.includes('user.get')) return
      screenShownAtFirstRequest ??= screen.queryByRole('table') !== null
      languageAtFirstRequest ??= document.documentElement.lang
    },
  })
  render(<App opening={startOpening({ connect: () => Promise.resolve(portal) })} />)
  await waitFor(() => expect(commands()).toContain('user.get'))
  expect(screenShownAtFirstRequest).toBe(false)
  expect(languageAtFirstRequest).toBe('')
  // …and the screen then shows what that request brought, in the portal's language.
  expect(await screen.findByRole('button', { name: /Anna Petrova/ })).toBeInTheDocument()
  expect(document.documentElement.lang).toBe('de')
})

test('no list is read while the app is being installed', async () => {
  const { portal, commands } = inProcessPortal({ settings: { installMode: true } })
  render(<App opening={startOpening({ connect: () => Promise.resolve(portal) })} />)
  await screen.findByRole('heading', { level: 1 })
  expect(commands()).not.toContain('user.get')
})

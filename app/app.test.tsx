import { render, screen, waitFor } from '@testing-library/react'
import { App } from './app.tsx'
import { fakePortal, page } from './test/fake-portal.ts'

test("the list's first request goes out while the language still loads, before the first screen", async () => {
  document.documentElement.lang = ''
  let screenShownAtFirstRequest: boolean | undefined
  let languageAtFirstRequest: string | undefined
  const portal = fakePortal(
    (method) => {
      if (method === 'user.get') {
        screenShownAtFirstRequest ??= screen.queryByRole('table') !== null
        languageAtFirstRequest ??= document.documentElement.lang
        return page([{ ID: '1', NAME: 'Anna', LAST_NAME: 'Petrova' }], 1)
      }
      if (method === 'department.get') return page([], 0)
      return []
    },
    { lang: 'de' },
  )
  render(<App connect={() => Promise.resolve(portal)} />)
  await waitFor(() => expect(portal.calls).toContain('user.get'))
  expect(screenShownAtFirstRequest).toBe(false)
  expect(languageAtFirstRequest).toBe('')
  // …and the screen then shows what that request brought, in the portal's language.
  expect(await screen.findByRole('button', { name: /Anna Petrova/ })).toBeInTheDocument()
  expect(document.documentElement.lang).toBe('de')
})

test('no list is read while the app is being installed', async () => {
  const portal = fakePortal(() => [], { installMode: true })
  render(<App connect={() => Promise.resolve(portal)} />)
  await screen.findByRole('heading', { level: 1 })
  expect(portal.calls).not.toContain('user.get')
})

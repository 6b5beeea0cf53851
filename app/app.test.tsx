import { render, screen, waitFor } from '@testing-library/react'
import type { Portal } from './api/b24/portal.ts'
import { App, openingSettled, startOpening } from './app.tsx'
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

test('an opening already connected draws the app at once, never "Connecting to Bitrix24…" first', async () => {
  const { portal } = inProcessPortal()
  const opening = startOpening({ connect: () => Promise.resolve(portal) })
  await openingSettled(opening, 60_000)
  const shown: string[] = []
  const observer = new MutationObserver(() => shown.push(document.body.textContent ?? ''))
  observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  render(<App opening={opening} />)
  expect(await screen.findByRole('button', { name: 'Anna Petrova' })).toBeInTheDocument()
  observer.disconnect()
  expect(shown.length).toBeGreaterThan(0)
  expect(shown.some((text) => text.includes('Connecting to Bitrix24…'))).toBe(false)
})

test('a portal slow to answer shows "Connecting to Bitrix24…" from the first render, then the app', async () => {
  const { portal } = inProcessPortal()
  let connect: (portal: Portal) => void = () => undefined
  const opening = startOpening({ connect: () => new Promise<Portal>((resolve) => (connect = resolve)) })
  const started = performance.now()
  await openingSettled(opening, 50)
  // Gave up waiting, after about the time asked: the connecting screen is drawn, not a blank frame.
  expect(performance.now() - started).toBeGreaterThanOrEqual(45)
  render(<App opening={opening} />)
  expect(screen.getByRole('status')).toHaveTextContent('Connecting to Bitrix24…')
  connect(portal)
  expect(await screen.findByRole('button', { name: 'Anna Petrova' })).toBeInTheDocument()
  expect(screen.queryByText('Connecting to Bitrix24…')).toBeNull()
})

test('a connection that failed before the first render is what that render shows', async () => {
  const opening = startOpening({ connect: () => Promise.reject(new Error('no frame')) })
  await openingSettled(opening, 60_000)
  expect(opening.boot().state).toBe('failed')
  render(<App opening={opening} />)
  expect(
    await screen.findByRole('heading', { name: 'Open this app from your Bitrix24 portal' }),
  ).toBeInTheDocument()
})

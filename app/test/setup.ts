import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { resetBitrixWait } from '@/api/b24/bitrix-wait.ts'
import { resetToasts } from '@/lib/toasts.ts'

// A screen's first load through the SDK and the engine can take more than the default second on a
// busy 2-core machine: waitFor and findBy get the time the test's own timeout allows for.
configure({ asyncUtilTimeout: 5000 })

// Module-level stores outlive a test: what one test showed must not reach the next.
afterEach(() => {
  cleanup()
  resetToasts()
  resetBitrixWait()
})

// jsdom lacks what Mantine measures with.
if (typeof window !== 'undefined') {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Element.prototype.scrollTo ??= () => undefined
  // jsdom lays nothing out; give elements a screen's size so the virtualized table renders its rows.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 })
}

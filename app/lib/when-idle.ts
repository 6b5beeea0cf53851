/**
 * Resolves in the browser's next idle period, or after `maxMs` where none comes (a page kept busy) or
 * the browser has no `requestIdleCallback`: then in a task of its own.
 */
export function whenIdle(maxMs = 2_000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: maxMs })
    else setTimeout(resolve, 0)
  })
}

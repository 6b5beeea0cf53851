/**
 * Functions the runner sends into the app's frame (`addInitScript`, `evaluate`). Playwright serialises
 * them, so each is self-contained: no imports, no closures over this module.
 */

export interface LoadProbeOptions {
  /** Only the app's document is probed (init scripts run in every frame, the portal page's too). */
  appOrigin: string
  tableLabel: string
  /** `fullStatusPattern(...).source`: a RegExp does not survive serialisation. */
  fullStatus: string
}

/** Epoch ms (`performance.timeOrigin + performance.now()`), comparable with the portal page's time origin. */
export interface LoadStamps {
  firstRowsAt?: number
  fullAt?: number
}

declare global {
  interface Window {
    __benchLoad?: LoadStamps
  }
}

/**
 * Watches the app's DOM from the moment its document exists and stamps, one animation frame after
 * each is first true (the frame it gets painted in): a table row with text (first rows), and the
 * "N of N employees" status with the first row's SIP switch enabled and no button still loading (full
 * table: SIP settings stream in beside the list, and the Refresh button spins until the last chunk is
 * in). In the page rather than polled from Node: a poll would add its interval to every figure.
 */
export function installLoadProbe(options: LoadProbeOptions): void {
  if (location.origin !== options.appOrigin) return
  const stamps: LoadStamps = {}
  window.__benchLoad = stamps
  const full = new RegExp(options.fullStatus)
  const now = () => performance.timeOrigin + performance.now()
  let seenFirst = false
  let seenFull = false
  const check = () => {
    const table = Array.from(document.querySelectorAll('table')).find(
      (element) => element.getAttribute('aria-label') === options.tableLabel,
    )
    const firstRow = table
      ? Array.from(table.querySelectorAll('tbody tr')).find(
          (row) => !row.hasAttribute('aria-hidden') && (row.textContent ?? '').trim() !== '',
        )
      : undefined
    if (!seenFirst && firstRow) {
      seenFirst = true
      requestAnimationFrame(() => (stamps.firstRowsAt = now()))
    }
    if (!seenFull && firstRow) {
      const complete = Array.from(document.querySelectorAll('[role="status"]')).some((status) =>
        full.test((status.textContent ?? '').trim()),
      )
      const toggle = firstRow.querySelector<HTMLInputElement>('[role="switch"]')
      const busy = document.querySelector('button[data-loading]') !== null
      if (complete && toggle && !toggle.disabled && !busy) {
        seenFull = true
        requestAnimationFrame(() => (stamps.fullAt = now()))
      }
    }
    if (seenFirst && seenFull) observer.disconnect()
  }
  const observer = new MutationObserver(check)
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['disabled', 'data-loading'],
  })
}

export interface QuietOptions {
  /** How long without a long task counts as settled. */
  quietMs: number
  /** Give up waiting after this long (and say so). */
  maxMs: number
}

/**
 * Waits until the frame's main thread has gone `quietMs` without a long task: work the load left
 * behind (the last answers being processed, timers) must not be booked as scrolling jank.
 */
export async function waitForQuiet(options: QuietOptions): Promise<{ waitedMs: number; settled: boolean }> {
  const started = performance.now()
  let lastBusy = started
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) lastBusy = Math.max(lastBusy, entry.startTime + entry.duration)
  })
  observer.observe({ type: 'longtask', buffered: false })
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      const now = performance.now()
      if (now - lastBusy >= options.quietMs) return { waitedMs: now - started, settled: true }
      if (now - started >= options.maxMs) return { waitedMs: now - started, settled: false }
    }
  } finally {
    observer.disconnect()
  }
}

export interface ScrollProbeOptions {
  steps: number
  stepPx: number
  /** After the last step: time for the last render's long task, if any, to be reported. */
  settleMs: number
}

export interface ScrollProbeResult {
  longestTaskMs: number
  longTasks: number
  /** Long tasks by attribution (`self`: this frame's own work; others: a frame sharing its event loop). */
  bySource: Record<string, number>
  scrolledPx: number
}

/**
 * Scrolls the table's scroll container (its parent) down in steps, one animation frame apart, and
 * reports the long tasks (> 50 ms, Chromium's Long Tasks API) this frame's main thread had meanwhile.
 */
export async function scrollAndWatch(
  table: HTMLElement,
  options: ScrollProbeOptions,
): Promise<ScrollProbeResult> {
  const scroller = table.parentElement
  if (!scroller) throw new Error('the table has no scroll container')
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask'))
    throw new Error('this browser does not report long tasks')
  const durations: number[] = []
  const bySource: Record<string, number> = {}
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries) {
      durations.push(entry.duration)
      bySource[entry.name] = (bySource[entry.name] ?? 0) + 1
    }
  }
  const observer = new PerformanceObserver((list) => record(list.getEntries()))
  observer.observe({ type: 'longtask', buffered: false })
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
  const start = scroller.scrollTop
  for (let step = 0; step < options.steps; step++) {
    scroller.scrollTop += options.stepPx
    await nextFrame()
  }
  await nextFrame()
  await new Promise((resolve) => setTimeout(resolve, options.settleMs))
  record(observer.takeRecords())
  observer.disconnect()
  return {
    longestTaskMs: durations.length === 0 ? 0 : Math.max(...durations),
    longTasks: durations.length,
    bySource,
    scrolledPx: scroller.scrollTop - start,
  }
}

export interface SearchProbeOptions {
  /** The toolbar's "shown of total employees" status. */
  status: HTMLElement
  /** Typed one character more per keystroke. */
  text: string
  /** Stop after this many keystrokes that changed the list… */
  wanted: number
  /** …or this many keystrokes in all… */
  maxKeystrokes: number
  /** …and give up on one keystroke after this long: the list did not change (same employees match). */
  timeoutMs: number
}

export interface SearchKeystroke {
  value: string
  /** From setting the value to one animation frame after the status changed; null when it did not. */
  ms: number | null
  /** The "shown" number of the status afterwards. */
  shown: number | null
}

/**
 * Types into the search box the way React sees typing (the prototype's value setter, so React's value
 * tracker notices, then a bubbling `input` event) and times each keystroke in the page until the
 * status line changed and a frame has passed: what a person sees as "the list answered".
 */
export async function typeAndTime(
  box: HTMLInputElement,
  options: SearchProbeOptions,
): Promise<SearchKeystroke[]> {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  if (!setValue) throw new Error('no native value setter')
  const { status } = options
  const shown = () => {
    const match = /^\s*([\d\s,.\u00a0\u202f']+?)\s+of\b/.exec(status.textContent ?? '')
    return match?.[1] ? Number(match[1].replace(/\D/g, '')) : null
  }
  const nextFrame = () =>
    new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))
  const keystrokes: SearchKeystroke[] = []
  let changedCount = 0
  const last = Math.min(options.text.length, options.maxKeystrokes)
  for (let length = 1; length <= last && changedCount < options.wanted; length++) {
    const value = options.text.slice(0, length)
    const before = status.textContent
    let observer: MutationObserver | undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const changed = new Promise<boolean>((resolve) => {
      observer = new MutationObserver(() => {
        if (status.textContent !== before) resolve(true)
      })
      observer.observe(status, { childList: true, characterData: true, subtree: true })
      timer = setTimeout(() => resolve(false), options.timeoutMs)
    })
    const started = performance.now()
    setValue.call(box, value)
    box.dispatchEvent(new Event('input', { bubbles: true }))
    const didChange = await changed
    observer?.disconnect()
    clearTimeout(timer)
    const ended = didChange ? await nextFrame() : null
    keystrokes.push({ value, ms: ended === null ? null : ended - started, shown: shown() })
    if (didChange) changedCount++
    // Every further letter of a name that is already the only match leaves the list as it is.
    if ((shown() ?? 2) <= 1) break
    // The next keystroke in a later task, as a person's would be.
    await nextFrame()
  }
  return keystrokes
}

/** Empties the search box as a person would (select all, delete): the list shows everyone again. */
export function clearSearch(box: HTMLInputElement): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  if (!setValue) throw new Error('no native value setter')
  setValue.call(box, '')
  box.dispatchEvent(new Event('input', { bubbles: true }))
}

/** `performance.memory.usedJSHeapSize` (Chromium only; precise with --enable-precise-memory-info). */
export function usedHeapBytes(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory
  return memory ? memory.usedJSHeapSize : null
}

export interface HitProbeOptions extends LoadProbeOptions {
  /** Text the found employee's row shows once their SIP settings are in (their SIP login). */
  text: string
}

declare global {
  interface Window {
    /** Epoch ms of the frame the row with the text was painted in, and whether the list was whole then. */
    __benchHit?: { at: number; whole: boolean }
  }
}

/** Stamps, one animation frame after it appears, the first table row that shows `text`. */
export function installHitProbe(options: HitProbeOptions): void {
  if (location.origin !== options.appOrigin) return
  const full = new RegExp(options.fullStatus)
  const check = () => {
    const table = Array.from(document.querySelectorAll('table')).find(
      (element) => element.getAttribute('aria-label') === options.tableLabel,
    )
    const row = table
      ? Array.from(table.querySelectorAll('tbody tr')).find((candidate) =>
          (candidate.textContent ?? '').includes(options.text),
        )
      : undefined
    if (!row) return
    observer.disconnect()
    const whole = Array.from(document.querySelectorAll('[role="status"]')).some((status) =>
      full.test((status.textContent ?? '').trim()),
    )
    requestAnimationFrame(
      () => (window.__benchHit = { at: performance.timeOrigin + performance.now(), whole }),
    )
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { childList: true, subtree: true, characterData: true })
}

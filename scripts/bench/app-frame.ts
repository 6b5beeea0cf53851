import type { Frame, Page } from '@playwright/test'
import type { LoadStamps } from './page-probes.ts'
import { sleep, withTimeout } from './timeout.ts'

/** The frame the portal page opened the app (or the naive page) in, once it is on the app's origin. */
export async function waitForAppFrame(page: Page, appOrigin: string, deadline: number): Promise<Frame> {
  while (Date.now() < deadline) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(appOrigin))
    if (frame) return frame
    await sleep(50)
  }
  throw new Error(`the portal page did not open ${appOrigin} in a frame`)
}

/**
 * Polls `read` in the frame until it returns non-null or the deadline passes (then null). The poll's
 * interval never enters a figure: what is read carries its own in-page timestamps. A read during the
 * frame's navigation fails and is simply retried.
 */
export async function pollFrame<T>(
  frame: Frame,
  read: () => T | null,
  deadline: number,
  intervalMs = 100,
): Promise<T | null> {
  while (Date.now() < deadline) {
    try {
      const value = await withTimeout(frame.evaluate(read), 5_000, 'reading the frame')
      if (value !== null) return value
    } catch (error) {
      if (frame.isDetached()) throw error
    }
    await sleep(intervalMs)
  }
  return null
}

/** The portal page's navigation start, epoch ms. */
export function navigationStart(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin)
}

/**
 * The app frame's navigation start, epoch ms: the moment the portal opens the app, the zero of every
 * load figure. What the portal page does before that (here the local portal's own page, on Bitrix24
 * its far heavier one) is not the app's. Read once the frame holds the app's document.
 */
export async function frameStart(frame: Frame, deadline: number): Promise<number> {
  const origin = await pollFrame(frame, () => performance.timeOrigin, deadline, 20)
  if (origin === null) throw new Error("the app frame's navigation start could not be read")
  return origin
}

/** The load probe's first-rows stamp, once the frame has shown a row. */
export async function waitForFirstRows(frame: Frame, deadline: number): Promise<number> {
  const firstRowsAt = await pollFrame(frame, () => window.__benchLoad?.firstRowsAt ?? null, deadline)
  if (firstRowsAt === null) throw new Error('the table showed no row in time')
  return firstRowsAt
}

/** The load probe's stamps once the frame has shown both the first rows and the full table. */
export async function waitForLoadStamps(
  frame: Frame,
  deadline: number,
  employees: number,
): Promise<Required<LoadStamps>> {
  const stamps = await pollFrame(
    frame,
    (): Required<LoadStamps> | null => {
      const load = window.__benchLoad
      return load?.firstRowsAt !== undefined && load.fullAt !== undefined
        ? { firstRowsAt: load.firstRowsAt, fullAt: load.fullAt }
        : null
    },
    deadline,
  )
  if (!stamps) throw new Error(`the table did not reach "${employees} of ${employees} employees" in time`)
  return stamps
}

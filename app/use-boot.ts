import { useEffect, useState } from 'react'
import { getFrame } from './api/b24/frame.ts'
import { toAppError, type AppError } from './api/b24/errors.ts'
import { createPortal, type Portal } from './api/b24/portal.ts'

export type Boot =
  { state: 'loading' } | { state: 'ready'; portal: Portal } | { state: 'failed'; error: AppError }

/** The portal's connection as a state: ready, or failed with the error to show. Never rejects. */
export function bootOf(portal: Promise<Portal>): Promise<Boot> {
  return portal.then(
    (ready): Boot => ({ state: 'ready', portal: ready }),
    (error: unknown): Boot => ({ state: 'failed', error: toAppError(error) }),
  )
}

/**
 * The opening's state (`startOpening`): as it stands at the first render (an opening that has already
 * settled draws the app at once), then the portal it was started with, or its failure.
 */
export function useBoot(opening: { portal: Promise<Portal>; boot: () => Boot }): Boot {
  const [boot, setBoot] = useState(opening.boot)
  const settled = boot.state !== 'loading'
  useEffect(() => {
    if (settled) return
    let live = true
    void bootOf(opening.portal).then((next) => live && setBoot(next))
    return () => {
      live = false
    }
  }, [opening, settled])
  return boot
}

export async function connectToPortal(): Promise<Portal> {
  return createPortal(await getFrame())
}

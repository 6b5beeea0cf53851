import { useEffect, useState } from 'react'
import { getFrame } from './api/b24/frame.ts'
import { toAppError, type AppError } from './api/b24/errors.ts'
import { createPortal, type Portal } from './api/b24/portal.ts'

export type Boot =
  { state: 'loading' } | { state: 'ready'; portal: Portal } | { state: 'failed'; error: AppError }

/** The opening's state: waits for the portal it was started with (`startOpening`), or its failure. */
export function useBoot(portal: Promise<Portal>): Boot {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' })
  useEffect(() => {
    let live = true
    portal.then(
      (ready) => live && setBoot({ state: 'ready', portal: ready }),
      (error: unknown) => live && setBoot({ state: 'failed', error: toAppError(error) }),
    )
    return () => {
      live = false
    }
  }, [portal])
  return boot
}

export async function connectToPortal(): Promise<Portal> {
  return createPortal(await getFrame())
}

import { useEffect, useState } from 'react'
import { getFrame } from './api/b24/frame.ts'
import { toAppError, type AppError } from './api/b24/errors.ts'
import { createPortal, type Portal } from './api/b24/portal.ts'

export type Boot =
  { state: 'loading' } | { state: 'ready'; portal: Portal } | { state: 'failed'; error: AppError }

/** Connects to the portal once; StrictMode's double effect is harmless because the frame is a singleton. */
export function useBoot(connect: () => Promise<Portal>): Boot {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' })
  useEffect(() => {
    let live = true
    connect().then(
      (portal) => live && setBoot({ state: 'ready', portal }),
      (error: unknown) => live && setBoot({ state: 'failed', error: toAppError(error) }),
    )
    return () => {
      live = false
    }
  }, [connect])
  return boot
}

export async function connectToPortal(): Promise<Portal> {
  return createPortal(await getFrame())
}

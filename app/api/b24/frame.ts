import { initializeB24Frame, ParamsFactory, type B24Frame } from '@bitrix24/b24jssdk'
import { withTimeout } from '@/lib/timeout.ts'
import { BitrixWaitWatcher } from './bitrix-wait.ts'
import { AppError } from './errors.ts'
import { postFormsTo } from './form-posts.ts'
import { guardLogger } from './redacting-logger.ts'

/** How long the parent gets to answer `getInitData` before the app says it is not inside Bitrix24. */
export const INIT_TIMEOUT_MS = 6000

let frame: Promise<B24Frame> | undefined

/**
 * The SDK frame, started once per page. Never destroyed: `initializeB24Frame()` caches its promise,
 * so a `destroy()` (say, in a StrictMode effect cleanup) would leave a dead instance that is handed out
 * again and never hears the parent (docs/bitrix24.md "The JS SDK in a frame").
 */
export function getFrame(): Promise<B24Frame> {
  frame ??= startFrame()
  return frame
}

async function startFrame(): Promise<B24Frame> {
  // The SDK reads only window.name ("<DOMAIN>|<0/1>|<APP_SID>"); without it there is no portal to talk to.
  if (window.parent === window || !window.name.includes('|')) throw new AppError({ kind: 'not-in-frame' })
  const b24 = await withTimeout(
    // restrictionParams is merged shallowly by the SDK: pass whole nested objects or pacing is off.
    initializeB24Frame({ restrictionParams: ParamsFactory.getDefault() }),
    INIT_TIMEOUT_MS,
    () => new AppError({ kind: 'frame-timeout', command: 'getInitData' }),
  )
  postFormsTo(b24) // no CORS preflight before every call
  // The SDK's retry waits, shown to the user. The watcher reads an error code and a wait from each
  // record and keeps or prints nothing else, so it gets the records as they are: masking every request's
  // parameters for it cost each request time for nothing.
  b24.setLogger(new BitrixWaitWatcher())
  guardLogger(b24) // any logger set from now on (a developer's, while debugging) sees SIP passwords masked
  return b24
}

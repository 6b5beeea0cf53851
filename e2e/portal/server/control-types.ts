import type {
  PendingConfirmation,
  PortalEngine,
  PortalSettings,
  RequestLogEntry,
  TokenInfo,
} from '../contract.ts'
import type { FrameState } from './frame-state.ts'

/** `GET /_portal/api/state`: everything the page's panel and a test need to see at once. */
export interface PortalState {
  settings: PortalSettings
  portal: ReturnType<PortalEngine['describe']>
  pendingConfirmations: PendingConfirmation[]
  installFinished: boolean
  /** The app is on the portal: false once deleted, until it is installed again. */
  appActive: boolean
  /** What the app gets as INSTALL/FIRST_RUN now: install mode on and installation not finished. */
  install: boolean
  lastTitle: string | null
  lastOpenPath: string | null
  lastResize: FrameState['lastResize']
  userOptions: Record<string, string>
  appOptions: Record<string, string>
  /** `seq` of the newest log entry (0 when empty): pass it as `GET log?since=` to read only newer ones. */
  lastLogSeq: number
  /** The app's address and the hidden form's `member_id`, for the page. */
  appUrl: string
  memberId: string
}

export type { RequestLogEntry, TokenInfo }

export interface ApiError {
  error: string
}

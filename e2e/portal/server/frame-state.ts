/**
 * What the parent page learned from the app's frame commands, kept on the server so tests read it
 * through the control API instead of scraping the page. The engine knows REST; this knows the frame.
 */
export interface FrameState {
  /**
   * The app is on the portal (ACTIVE). Deleting it (the Market's "Delete") clears this and removes its
   * menu item; installing it again sets it (docs/bitrix24.md "Install, uninstall, reinstall").
   */
  appActive: boolean
  installFinished: boolean
  lastTitle: string | null
  /** The portal path `openPath` asked for, resolved (`/crm/type/0/../../telephony/users.php` → `/telephony/users.php`). */
  lastOpenPath: string | null
  lastResize: { width: number | string; height: number } | null
  /** Application options (`setAppOption`); user options live in the engine. */
  appOptions: Record<string, string>
}

export function initialFrameState(): FrameState {
  return {
    appActive: true,
    installFinished: false,
    lastTitle: null,
    lastOpenPath: null,
    lastResize: null,
    appOptions: {},
  }
}

export type FrameEvent =
  | { type: 'title'; title: string }
  | { type: 'openPath'; path: string }
  | { type: 'resize'; width: number | string; height: number }
  | { type: 'installFinish' }

/** Validates a frame event posted by the page; a string is the reason it was refused. */
export function parseFrameEvent(value: unknown): FrameEvent | string {
  if (typeof value !== 'object' || value === null) return 'Expected a JSON object with a "type"'
  const event = value as Record<string, unknown>
  switch (event.type) {
    case 'title':
      return typeof event.title === 'string'
        ? { type: 'title', title: event.title }
        : '"title" must be a string'
    case 'openPath':
      return typeof event.path === 'string'
        ? { type: 'openPath', path: event.path }
        : '"path" must be a string'
    case 'resize': {
      const { width, height } = event
      if (typeof height !== 'number' || !Number.isFinite(height)) return '"height" must be a number'
      if (typeof width !== 'number' && typeof width !== 'string')
        return '"width" must be a number or a string like "100%"'
      return { type: 'resize', width, height }
    }
    case 'installFinish':
      return { type: 'installFinish' }
    default:
      return '"type" must be one of title, openPath, resize, installFinish'
  }
}

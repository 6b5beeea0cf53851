import type { DeepPartial, PortalSettings, RequestLogEntry, TokenInfo } from '../contract.ts'
import type { PortalState } from './control-types.ts'
import type { FrameEvent } from './frame-state.ts'

export class PortalControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'PortalControlError'
  }
}

/**
 * A typed client of the local portal's control API (`/_portal/api/`), for tests and benchmarks:
 * `new PortalControl(portal.portalUrl)`.
 */
export class PortalControl {
  readonly #base: string

  constructor(portalUrl: string) {
    this.#base = new URL('/_portal/api/', portalUrl).href
  }

  state(): Promise<PortalState> {
    return this.#call('GET', 'state')
  }

  updateSettings(patch: DeepPartial<PortalSettings>): Promise<PortalSettings> {
    return this.#call('PATCH', 'settings', patch)
  }

  /** What the administrator's notification buttons do: decides every waiting confirmation. */
  decideConfirmations(decision: 'approved' | 'denied'): Promise<{ decided: number }> {
    return this.#call('POST', 'confirmations', { decision })
  }

  issueToken(): Promise<TokenInfo> {
    return this.#call('POST', 'tokens')
  }

  expireTokens(): Promise<{ expired: true }> {
    return this.#call('POST', 'tokens/expire')
  }

  /** The request log; with `since`, only entries with a greater `seq`. */
  log(since?: number): Promise<RequestLogEntry[]> {
    return this.#call('GET', since === undefined ? 'log' : `log?since=${since}`)
  }

  clearLog(): Promise<{ cleared: true }> {
    return this.#call('DELETE', 'log')
  }

  voximplantUser(userId: number): Promise<Record<string, string | null>> {
    return this.#call('GET', `users/${userId}/voximplant`)
  }

  /** Change a phone behind the app's back, as another administrator would. */
  setPhoneEnabled(userId: number, value: 'Y' | 'N' | null): Promise<Record<string, string | null>> {
    return this.#call('PUT', `users/${userId}/voximplant`, { PHONE_ENABLED: value })
  }

  setUserOption(name: string, value: string): Promise<Record<string, string>> {
    return this.#call('POST', 'user-options', { name, value })
  }

  setAppOption(name: string, value: string): Promise<Record<string, string>> {
    return this.#call('POST', 'app-options', { name, value })
  }

  /** Back to the seeded data and the settings the portal was started with. */
  reset(): Promise<PortalState> {
    return this.#call('POST', 'reset')
  }

  frameEvent(event: FrameEvent): Promise<{ ok: true }> {
    return this.#call('POST', 'frame-events', event)
  }

  async #call<T>(method: string, route: string, body?: unknown): Promise<T> {
    const res = await fetch(this.#base + route, {
      method,
      // The control API refuses a write of any other type (control-guard.ts).
      headers: method === 'GET' ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data: unknown = await res.json()
    if (!res.ok) {
      const message =
        typeof data === 'object' && data !== null && 'error' in data ? String(data.error) : res.statusText
      throw new PortalControlError(res.status, `${method} ${route}: ${message}`)
    }
    return data as T
  }
}

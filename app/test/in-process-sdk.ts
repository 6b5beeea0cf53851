import {
  AbstractB24,
  ApiVersion,
  HttpV2,
  ParamsFactory,
  type AuthActions,
  type AuthData,
} from '@bitrix24/b24jssdk'
import type { AxiosAdapter } from 'axios'
import type { PortalEngine } from '../../e2e/portal/contract.ts'
import { formPostsOn } from '@/api/b24/form-posts.ts'

export const DOMAIN = 'acme.bitrix24.com'

/** The frame's auth: a token from the portal at start (getInitData) and a new one on refreshAuth. */
export function tokenAuth(engine: PortalEngine): AuthActions {
  const issue = (): AuthData => {
    const token = engine.issueToken(Date.now())
    return {
      access_token: token.AUTH_ID,
      refresh_token: token.REFRESH_ID,
      expires: Math.floor(token.expiresAt / 1000),
      expires_in: token.AUTH_EXPIRES,
      domain: DOMAIN,
      member_id: 'in-process',
    }
  }
  let current = issue()
  return {
    getAuthData: () => current,
    refreshAuth: async () => {
      current = issue()
      return current
    },
    getUniq: (prefix) => `${prefix}_in-process`,
    get isAdmin() {
      return engine.describe().currentUser.isAdmin
    },
    getTargetOrigin: () => `https://${DOMAIN}`,
    getTargetOriginWithPath: () => new Map([[ApiVersion.v2, `https://${DOMAIN}/rest`]]),
  }
}

/** An SDK instance like the frame's, its HTTP layer talking to the engine instead of a socket. */
export class InProcessB24 extends AbstractB24 {
  readonly #auth: AuthActions

  constructor(auth: AuthActions, adapter: AxiosAdapter) {
    super()
    this.#auth = auth
    // The SDK's own retries (tested end to end) would turn a refused request into seconds of waiting:
    // here each call is one request, and what the portal answers reaches the app at once.
    const http = new HttpV2(
      auth,
      { adapter },
      {
        ...ParamsFactory.getDefault(),
        maxRetries: 1,
      },
    )
    formPostsOn(http.ajaxClient)
    this._httpV2 = http
    this._isInit = true
  }

  get auth(): AuthActions {
    return this.#auth
  }

  getTargetOrigin(): string {
    return this.#auth.getTargetOrigin()
  }

  getTargetOriginWithPath(): Map<ApiVersion, string> {
    return this.#auth.getTargetOriginWithPath()
  }
}

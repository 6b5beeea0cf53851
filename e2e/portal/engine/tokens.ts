import type { TokenInfo } from '../contract.ts'
import { restErrors, type RestError } from './errors.ts'
import { createRandom, randomHex, type Random } from './random.ts'

export interface TokenRecord {
  token: string
  userId: number
  expiresAt: number
}

/**
 * Where a request's token is: `auth`, else `access_token`, the first that is sent and not an array
 * (docs/bitrix24.md "Limits, tokens and errors"; the HTTP layer turns a Bearer header into `auth`).
 */
export function tokenOf(params: Record<string, unknown>): unknown {
  return [params.auth, params.access_token].find((value) => value !== undefined && !Array.isArray(value))
}

/** Access tokens of the app: seeded, but never the same twice; expired ones are remembered. */
export class TokenStore {
  readonly #tokens = new Map<string, TokenRecord>()
  readonly #random: Random
  #issued = 0

  constructor(seed: number) {
    this.#random = createRandom(seed)
  }

  issue(now: number, userId: number, lifetimeSeconds: number): TokenInfo {
    let token = ''
    do token = randomHex(this.#random, 24) + (++this.#issued).toString(16).padStart(8, '0')
    while (this.#tokens.has(token))
    const expiresAt = now + lifetimeSeconds * 1000
    this.#tokens.set(token, { token, userId, expiresAt })
    return {
      AUTH_ID: token,
      REFRESH_ID: randomHex(this.#random, 32),
      AUTH_EXPIRES: lifetimeSeconds,
      expiresAt,
      userId,
    }
  }

  /** The token's record, or the error Bitrix24 answers (docs/bitrix24.md "Limits, tokens and errors"). */
  check(auth: unknown, now: number): TokenRecord | RestError {
    if (auth === undefined || auth === null || auth === '') return restErrors.noAuth()
    const record = typeof auth === 'string' ? this.#tokens.get(auth) : undefined
    if (!record) return restErrors.invalidToken()
    if (now >= record.expiresAt) return restErrors.expiredToken()
    return record
  }

  expireAll(now: number): void {
    for (const record of this.#tokens.values()) if (record.expiresAt > now) record.expiresAt = now
  }
}

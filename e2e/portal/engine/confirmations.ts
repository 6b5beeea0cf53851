import type { ConfirmationState, PendingConfirmation } from '../contract.ts'
import { restErrors } from './errors.ts'

/** Methods an app may call only after an administrator allowed it for the token (docs: api-reference/scopes/confirmation.md). */
export const CONFIRMED_METHODS: ReadonlySet<string> = new Set(['voximplant.user.get'])

interface Decision {
  state: ConfirmationState
  userId: number
  askedAt: number
}

/** One decision per access token: waiting → approved | denied. A new token starts over. */
export class ConfirmationBook {
  readonly #byToken = new Map<string, Decision>()

  /** Throws METHOD_CONFIRM_WAITING / _DENIED unless the token was approved; the first ask notifies once. */
  require(token: string, userId: number, now: number): void {
    const decision = this.#byToken.get(token)
    if (!decision) {
      this.#byToken.set(token, { state: 'waiting', userId, askedAt: now })
      throw restErrors.confirmWaiting()
    }
    if (decision.state === 'waiting') throw restErrors.confirmWaiting()
    if (decision.state === 'denied') throw restErrors.confirmDenied()
  }

  stateOf(token: string): ConfirmationState | undefined {
    return this.#byToken.get(token)?.state
  }

  pending(): PendingConfirmation[] {
    const out: PendingConfirmation[] = []
    for (const [token, decision] of this.#byToken)
      if (decision.state === 'waiting')
        out.push({ token, userId: decision.userId, method: 'voximplant.user.get', askedAt: decision.askedAt })
    return out
  }

  decideAll(state: 'approved' | 'denied'): number {
    let decided = 0
    for (const decision of this.#byToken.values())
      if (decision.state === 'waiting') {
        decision.state = state
        decided++
      }
    return decided
  }

  clear(): void {
    this.#byToken.clear()
  }
}

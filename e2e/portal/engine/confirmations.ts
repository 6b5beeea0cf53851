import type { ConfirmationState, PendingConfirmation } from '../contract.ts'
import { restErrors } from './errors.ts'

interface Decision {
  state: ConfirmationState
  userId: number
  askedAt: number
  notified: number[]
}

/**
 * Administrator confirmation: one decision per access
 * token, waiting → approved | denied; a new token starts over. Only voximplant.user.get asks, from
 * inside the method, after its own checks (docs/bitrix24.md "Confirmation").
 */
export class ConfirmationBook {
  readonly #byToken = new Map<string, Decision>()

  /** Throws METHOD_CONFIRM_WAITING / _DENIED unless the token was approved; the first ask notifies `notified` once. */
  require(token: string, userId: number, now: number, notified: () => number[]): void {
    const decision = this.#byToken.get(token)
    if (!decision) {
      this.#byToken.set(token, { state: 'waiting', userId, askedAt: now, notified: notified() })
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
        out.push({
          token,
          userId: decision.userId,
          method: 'voximplant.user.get',
          askedAt: decision.askedAt,
          notified: [...decision.notified],
        })
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

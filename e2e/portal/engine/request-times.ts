import type { OperatingClock } from './limits.ts'

/**
 * The method times of one HTTP request (a batch runs many commands in one). Bitrix24 counts a method's
 * time only above a minimum (0.1 s): each command against it while the request runs, and the request's
 * sum per method when it ends (docs/bitrix24.md "Operating time").
 */
export class RequestTimes {
  readonly #byMethod = new Map<string, number[]>()

  record(method: string, seconds: number): void {
    const list = this.#byMethod.get(method) ?? []
    list.push(seconds)
    this.#byMethod.set(method, list)
  }

  /** What this request adds to the method's operating time so far: the commands above the minimum. */
  counted(method: string, minimumSeconds: number): number {
    const list = this.#byMethod.get(method) ?? []
    return list.filter((seconds) => seconds > minimumSeconds).reduce((sum, seconds) => sum + seconds, 0)
  }

  /** At the end of the request: each method's sum, if above the minimum, goes into the clock. */
  commit(clock: OperatingClock, now: number, minimumSeconds: number): void {
    for (const [method, list] of this.#byMethod) {
      const sum = list.reduce((total, seconds) => total + seconds, 0)
      if (sum > minimumSeconds) clock.add(method, now, sum)
    }
    this.#byMethod.clear()
  }
}

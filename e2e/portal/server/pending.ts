import type { Socket } from 'node:net'

/**
 * Timers (latency) and held sockets (the `timeout` fault) still in flight, so closing the portal
 * ends them instead of keeping the process alive or answering into a closed server.
 */
export class PendingWork {
  #timers = new Set<NodeJS.Timeout>()
  #sockets = new Set<Socket>()
  #closed = false

  /** Resolves after `ms`; never resolves once the portal is closed (the socket is gone by then). */
  delay(ms: number): Promise<void> {
    if (ms <= 0 || this.#closed) return this.#closed ? new Promise(() => {}) : Promise.resolve()
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer)
        resolve()
      }, ms)
      this.#timers.add(timer)
    })
  }

  /** Keep a socket open without answering until the client gives up or the portal closes. */
  hold(socket: Socket, onClose: () => void): void {
    this.#sockets.add(socket)
    socket.once('close', () => {
      this.#sockets.delete(socket)
      onClose()
    })
  }

  get held(): number {
    return this.#sockets.size
  }

  closeAll(): void {
    this.#closed = true
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
    for (const socket of this.#sockets) socket.destroy()
  }
}

/** `bytes` random bytes in hex; `crypto.randomUUID` needs a secure context, which an http portal's frame is not. */
export function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('')
}

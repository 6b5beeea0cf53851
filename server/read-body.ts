import type { IncomingMessage } from 'node:http'

/**
 * The request body, or undefined as soon as it is known to be larger than `maxBytes`: at once from
 * `Content-Length`, else when the bytes read pass the limit. It then stops reading, so that the caller
 * can answer 413 and close the connection without taking in the rest.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve(undefined)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const stop = () => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      req.off('close', onClose)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBytes) {
        chunks.push(chunk)
        return
      }
      stop()
      req.pause()
      resolve(undefined)
    }
    const onEnd = () => {
      stop()
      resolve(Buffer.concat(chunks))
    }
    const onError = (error: Error) => {
      stop()
      reject(error)
    }
    const onClose = () => onError(new Error('The client went away before the end of its request'))
    req.on('data', onData)
    req.once('end', onEnd)
    req.once('error', onError)
    req.once('close', onClose)
  })
}

/** The fields of an `application/x-www-form-urlencoded` body (Bitrix24's launch POST); undefined for any other type. */
export function parseForm(contentType: string | undefined, body: Buffer): URLSearchParams | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase()
  return type === 'application/x-www-form-urlencoded' ? new URLSearchParams(body.toString('utf8')) : undefined
}

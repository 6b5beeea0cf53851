import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBody } from '../../../server/read-body.ts'

export const JSON_TYPE = 'application/json; charset=utf-8'

/** A request body larger than this is refused: nothing the SDK or the control API sends comes close. */
const MAX_BODY_BYTES = 8 * 1024 * 1024

export class BodyTooLargeError extends Error {}

/** The body as text; the hosted server's reader stops as soon as it is too large. */
export async function readText(req: IncomingMessage): Promise<string> {
  const body = await readBody(req, MAX_BODY_BYTES)
  if (body === undefined) throw new BodyTooLargeError('Request body too large')
  return body.toString('utf8')
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendJsonText(res, status, JSON.stringify(body), headers)
}

/** As `sendJson`, with the body already serialised. */
export function sendJsonText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': JSON_TYPE,
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...headers,
  })
  res.end(text)
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string | Buffer,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  })
  res.end(text)
}

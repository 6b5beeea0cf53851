import { connect, type ClientHttp2Session } from 'node:http2'
import type { PortalServer } from './portal-server.ts'
import { startTestPortal } from './test-portal.ts'
import { loopbackCertificate } from './tls.ts'

let server: PortalServer
let token: string
let session: ClientHttp2Session

beforeAll(async () => {
  ;({ server, token } = await startTestPortal({ tls: await loopbackCertificate() }))
  // The certificate is made for the run: trusted here as the benchmark's browser is told to.
  session = connect(server.url, { rejectUnauthorized: false })
})
afterAll(async () => {
  session.close()
  await server.close()
})

function h2Request(
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const stream = session.request(headers)
    let text = ''
    let answer: Record<string, unknown> = {}
    stream.setEncoding('utf8')
    stream.on('response', (received) => (answer = received))
    stream.on('data', (chunk: string) => (text += chunk))
    stream.on('end', () => resolve({ status: Number(answer[':status']), body: text, headers: answer }))
    stream.on('error', reject)
    stream.end(body)
  })
}

test('over HTTPS the portal answers REST on HTTP/2, several requests on one connection at once', async () => {
  expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/)
  const ask = () =>
    h2Request(
      {
        ':method': 'POST',
        ':path': '/rest/profile.json',
        'content-type': 'application/json',
      },
      JSON.stringify({ auth: token }),
    )
  const answers = await Promise.all([ask(), ask(), ask()])
  for (const answer of answers) {
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toMatchObject({ result: { NAME: 'Anna' } })
  }
})

test('the page tells the app PROTOCOL 1, and the control API takes HTTP/2 `:authority` as the host', async () => {
  const page = await h2Request({ ':method': 'GET', ':path': '/' })
  expect(page.body).toContain('"https":true')
  const state = await h2Request({ ':method': 'GET', ':path': '/_portal/api/state' })
  expect(state.status).toBe(200)
  const foreign = await h2Request({
    ':method': 'GET',
    ':path': '/_portal/api/state',
    ':authority': 'evil.example',
  })
  expect(foreign.status).toBe(403)
})

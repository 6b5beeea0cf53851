import { generate } from 'selfsigned'

/** A throwaway certificate for 127.0.0.1 and localhost, valid for a day. */
export async function loopbackCertificate(): Promise<{ key: string; cert: string }> {
  const notAfterDate = new Date(Date.now() + 24 * 3600_000)
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    notAfterDate,
    keySize: 2048,
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  })
  return { key: pems.private, cert: pems.cert }
}

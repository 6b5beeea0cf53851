import { decodeText, looksCyrillic } from '../decode-text.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)
/** Windows code pages by hand for the few letters used here (TextEncoder writes UTF-8 only). */
const CP1251: Record<string, number> = Object.fromEntries(
  [...'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя'].map((c, i) => [c, 0xc0 + i]),
)
const CP1252: Record<string, number> = {
  ü: 0xfc,
  ö: 0xf6,
  ß: 0xdf,
  é: 0xe9,
  ñ: 0xf1,
  ç: 0xe7,
  ã: 0xe3,
  í: 0xed,
  Ü: 0xdc,
}
const encode = (text: string, table: Record<string, number>) =>
  new Uint8Array([...text].map((c) => table[c] ?? c.charCodeAt(0)))

describe('decodeText', () => {
  test('UTF-8 with or without a byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Имя;Номер')]))).toEqual({
      text: 'Имя;Номер',
      encoding: 'utf-8',
    })
    expect(decodeText(utf8('Müller,101'))).toEqual({ text: 'Müller,101', encoding: 'utf-8' })
  })

  test("UTF-16 with its byte-order mark (Excel's Unicode text)", () => {
    const text = 'Name\tExtension'
    const le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])])
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' })
  })

  test('Russian in Windows-1251, Western languages in Windows-1252', () => {
    const russian = 'Фамилия;Имя;Внутренний номер\nПетрова;Анна;101'
    expect(decodeText(encode(russian, CP1251))).toEqual({ text: russian, encoding: 'windows-1251' })
    for (const western of [
      'Name;Durchwahl\nJürgen Müller;101\nGröße Öztürk;102',
      'Nombre,Extensión\nJosé Peña,101',
      'Nome,Ramal\nJoão Conceição,101',
    ])
      expect(decodeText(encode(western, CP1252))).toEqual({ text: western, encoding: 'windows-1252' })
  })

  test('the run-length rule: long runs of letters above 0x7F are Cyrillic words', () => {
    expect(looksCyrillic(encode('Петрова Анна', CP1251))).toBe(true)
    expect(looksCyrillic(encode('Müller Jürgen', CP1252))).toBe(false)
    expect(looksCyrillic(utf8('plain ASCII'))).toBe(false)
  })
})

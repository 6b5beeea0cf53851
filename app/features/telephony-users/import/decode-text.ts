import type { TextEncodingName } from './types.ts'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

/**
 * Text the way Excel and other spreadsheet tools write CSV: a byte-order mark decides (UTF-8, or the
 * UTF-16 of Excel's "Unicode text"); else valid UTF-8 is UTF-8; else it is one of the Windows code pages
 * Excel still writes, 1251 (Russian) or 1252 (Western), told apart by `looksCyrillic`.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode(bytes.subarray(3), 'utf-8')
  if (startsWith(bytes, [0xff, 0xfe])) return decode(bytes.subarray(2), 'utf-16le')
  if (startsWith(bytes, [0xfe, 0xff])) return decode(bytes.subarray(2), 'utf-16be')
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return decode(bytes, looksCyrillic(bytes) ? 'windows-1251' : 'windows-1252')
  }
}

/**
 * Russian words are all letters above 0x7F in 1251, so those bytes come in runs as long as the words;
 * Western text in 1252 puts one accented letter, seldom two (`ção`), among ASCII letters. Runs of
 * letter bytes (0xC0–0xFF, and Ё/ё at 0xA8/0xB8) averaging three or more mean 1251.
 */
export function looksCyrillic(bytes: Uint8Array): boolean {
  let runs = 0
  let letters = 0
  let inRun = false
  for (const byte of bytes) {
    const letter = byte >= 0xc0 || byte === 0xa8 || byte === 0xb8
    if (letter) {
      letters++
      if (!inRun) runs++
    }
    inRun = letter
  }
  return runs > 0 && letters / runs >= 3
}

function decode(bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

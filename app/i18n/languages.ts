/** Bitrix24 language codes (`LANG` from the frame) to the BCP 47 tags `Intl` and the catalogs use. */
const BITRIX_TO_BCP47: Record<string, string> = {
  en: 'en',
  ru: 'ru',
  de: 'de',
  la: 'es', // Bitrix24's "la" is Latin-American Spanish
  br: 'pt-BR',
  fr: 'fr',
  pl: 'pl',
  it: 'it',
  tr: 'tr',
  ua: 'uk',
  by: 'be',
  kz: 'kk',
  sc: 'zh-Hans',
  tc: 'zh-Hant',
  ja: 'ja',
  vn: 'vi',
  id: 'id',
  ms: 'ms',
  th: 'th',
  ar: 'ar',
}

export function toLocale(bitrixLang: string | undefined): string {
  return BITRIX_TO_BCP47[(bitrixLang ?? '').toLowerCase()] ?? 'en'
}

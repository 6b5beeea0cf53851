import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { toLocale } from './languages.ts'
import { en } from './locales/en.ts'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
  }
}

const catalogs = { en } as const

/** A fresh i18next instance in the portal's language; English where a text or language is missing. */
export function createI18n(bitrixLang?: string): i18n {
  const locale = toLocale(bitrixLang)
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'en',
    resources: Object.fromEntries(
      Object.entries(catalogs).map(([lng, translation]) => [lng, { translation }]),
    ),
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  })
  return instance
}

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

/** Languages with a catalog besides English, loaded on demand (they are not in the first bundle). */
const catalogs: Record<string, () => Promise<object>> = {
  ru: () => import('./locales/ru.ts').then((m) => m.ru),
  de: () => import('./locales/de.ts').then((m) => m.de),
  es: () => import('./locales/es.ts').then((m) => m.es),
  'pt-BR': () => import('./locales/pt-br.ts').then((m) => m.ptBR),
}

/** A fresh i18next instance in English; `setLanguage` switches it to the portal's language. */
export function createI18n(): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  })
  return instance
}

/** The portal's language (a Bitrix24 code) when there is a catalog for it; English otherwise. */
export async function setLanguage(instance: i18n, bitrixLang: string | undefined): Promise<void> {
  const locale = toLocale(bitrixLang)
  const load = catalogs[locale]
  if (!load) {
    await instance.changeLanguage('en')
    return
  }
  if (!instance.hasResourceBundle(locale, 'translation')) {
    instance.addResourceBundle(locale, 'translation', await load())
  }
  await instance.changeLanguage(locale)
}

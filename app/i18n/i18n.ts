import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { memoByKey } from '@/lib/memo-by-key.ts'
import { toLocale } from './languages.ts'
import { en } from './locales/en.ts'
import type { enLater } from './locales/en-later.ts'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en & typeof enLater }
  }
}

/** English texts of the parts loaded on first use, once fetched; every instance made or to be made gets them. */
let later: typeof enLater | undefined
let laterLoading: Promise<void> | undefined
const instances = new Set<WeakRef<i18n>>()

function addLater(instance: i18n): void {
  if (later) instance.addResourceBundle('en', 'translation', later, true, false)
}

/** Fetches the later English texts once (other languages' catalogs hold all their texts). */
export function loadLaterTexts(): Promise<void> {
  laterLoading ??= import('./locales/en-later.ts').then((m) => {
    later = m.enLater
    for (const ref of instances) {
      const instance = ref.deref()
      if (instance) addLater(instance)
      else instances.delete(ref)
    }
  })
  return laterLoading
}

/**
 * A lazy part's loader that also brings its English texts: `lazy(withLaterTexts(() => import(…)))`, so
 * the install page, the export, the import and the activity scan never render a missing text.
 */
export function withLaterTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadLaterTexts()]).then(([module]) => module)
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
  // i18next caches its number format by the whole t() options, counts included, so each new count made
  // a new Intl.NumberFormat: one per language is all the catalogs need ({{count, number}}, no options).
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    numberFormat(lng ?? 'en').format(Number(value)),
  )
  addLater(instance)
  instances.add(new WeakRef(instance))
  return instance
}

const numberFormat = memoByKey((lng: string) => new Intl.NumberFormat(lng))

/** The language the UI shows for a portal's (a Bitrix24 code): its own when there is a catalog for it, else English. */
export function languageOf(bitrixLang: string | undefined): string {
  const locale = toLocale(bitrixLang)
  return catalogs[locale] ? locale : 'en'
}

/** The portal's language (a Bitrix24 code) when there is a catalog for it; English otherwise. */
export async function setLanguage(instance: i18n, bitrixLang: string | undefined): Promise<void> {
  const locale = languageOf(bitrixLang)
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

import type { TFunction } from 'i18next'
import { createContext, use, useMemo, type ReactNode } from 'react'

/**
 * The table's one translation function, handed to every row and cell. A `useTranslation` per cell
 * costs a subscription per mount, which the benchmark measured while scrolling thousands of rows.
 */
const RowTextContext = createContext<TFunction | null>(null)

export function RowTextProvider({ t, children }: { t: TFunction; children: ReactNode }) {
  const rowT = useMemo(() => rememberingTexts(t), [t])
  return <RowTextContext value={rowT}>{children}</RowTextContext>
}

export function useRowText(): TFunction {
  const t = use(RowTextContext)
  if (!t) throw new Error('useRowText outside RowTextProvider')
  return t
}

/** Stands for the name while a template is made: no catalog text holds it, and no name does. */
const NAME = '\u0000'

/**
 * `t` giving the same texts, each worked out once: a key's text, and for `t(key, { name })` (every row
 * names its employee in half a dozen labels) the text around the name, which each row then fills with
 * its own. Every row that mounts (the first rows, each scroll step, each keystroke's results) asked
 * i18next again for about ten texts, a fifth of the JavaScript of drawing the first rows. Other options
 * (counts, formats) go to `t` as they are; a key without a text yet is not remembered (`t` gives the
 * key back until the catalog holding it has loaded). A new language is a new `t`, so new texts.
 */
export function rememberingTexts(t: TFunction): TFunction {
  // Typed for what this reads: keys and options are the callers', checked where they call.
  const translate = t as unknown as (key: unknown, options?: unknown) => string
  const plain = new Map<string, string>()
  const named = new Map<string, readonly string[]>()
  const remembered = (key: unknown, options?: unknown): string => {
    if (typeof key !== 'string') return translate(key, options)
    if (options === undefined) {
      let text = plain.get(key)
      if (text === undefined) {
        text = translate(key)
        if (text !== key) plain.set(key, text)
      }
      return text
    }
    const name = nameOnly(options)
    if (name === null) return translate(key, options)
    let parts = named.get(key)
    if (!parts) {
      const template = translate(key, { name: NAME })
      if (template === key) return translate(key, options)
      parts = template.split(NAME)
      named.set(key, parts)
    }
    return parts.join(name)
  }
  return remembered as unknown as TFunction
}

function nameOnly(options: unknown): string | null {
  if (typeof options !== 'object' || options === null) return null
  const keys = Object.keys(options)
  const { name } = options as { name?: unknown }
  return keys.length === 1 && typeof name === 'string' && !name.includes(NAME) ? name : null
}

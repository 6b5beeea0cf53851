import type { TFunction } from 'i18next'
import { createContext, use, type ReactNode } from 'react'

/**
 * The table's one translation function, handed to every row and cell. A `useTranslation` per cell
 * costs a subscription per mount, which the benchmark measured while scrolling thousands of rows.
 */
const RowTextContext = createContext<TFunction | null>(null)

export function RowTextProvider({ t, children }: { t: TFunction; children: ReactNode }) {
  return <RowTextContext value={t}>{children}</RowTextContext>
}

export function useRowText(): TFunction {
  const t = use(RowTextContext)
  if (!t) throw new Error('useRowText outside RowTextProvider')
  return t
}

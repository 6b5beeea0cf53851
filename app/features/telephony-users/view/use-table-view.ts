import { useCallback, useEffect, useRef, useState } from 'react'
import * as v from 'valibot'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { defaultView, type TableView } from './table-view.ts'

/** Kept in the user's Bitrix24 app options (a third-party frame may have no usable storage). */
const OPTION = 'telephonyUsersView'
/**
 * One save a burst of typing, not one a keystroke, and short enough that a reload hardly ever comes
 * between a change and its save. A save is only a message to the portal's page, which keeps it at once
 * and sends its own saves later, in one request (docs/bitrix24.md "User options are saved later").
 */
export const SAVE_AFTER_MS = 200

const StoredView = v.object({
  search: v.fallback(v.string(), ''),
  departmentId: v.fallback(v.nullable(v.pipe(v.number(), v.safeInteger())), null),
  phone: v.fallback(v.picklist(['all', 'on', 'off', 'not-set']), 'all'),
  extension: v.fallback(v.picklist(['all', 'with', 'without', 'shared']), 'all'),
  sort: v.fallback(v.picklist(['name', 'department', 'extension', 'phone']), 'name'),
  descending: v.fallback(v.boolean(), false),
})

export function parseView(stored: string | undefined): TableView {
  if (!stored) return defaultView
  try {
    const parsed = v.safeParse(StoredView, JSON.parse(stored))
    return parsed.success ? parsed.output : defaultView
  } catch {
    return defaultView
  }
}

/** Search, filters and sort, surviving a reload. */
export function useTableView() {
  const portal = usePortal()
  const [view, setView] = useState<TableView>(() => parseView(portal.userOption(OPTION)))
  const saved = useRef(JSON.stringify(view))
  useEffect(() => {
    const text = JSON.stringify(view)
    if (text === saved.current) return
    const save = () => {
      clearTimeout(timer)
      removeEventListener('pagehide', save)
      saved.current = text
      portal.setUserOption(OPTION, text).catch(() => undefined) // a lost preference is not worth an error
    }
    const timer = setTimeout(save, SAVE_AFTER_MS)
    // The frame going away (the app closed, another page opened in it) saves what is waiting at once.
    addEventListener('pagehide', save)
    return () => {
      clearTimeout(timer)
      removeEventListener('pagehide', save)
    }
  }, [view, portal])
  const update = useCallback(
    (patch: Partial<TableView>) => setView((current) => ({ ...current, ...patch })),
    [],
  )
  /** A column header's click: sorts by it, or the other way round when it already sorts. */
  const sortBy = useCallback(
    (sort: TableView['sort']) =>
      setView((current) => ({
        ...current,
        sort,
        descending: current.sort === sort ? !current.descending : false,
      })),
    [],
  )
  return { view, update, sortBy }
}

import { useCallback, useEffect, useRef, useState } from 'react'
import * as v from 'valibot'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { defaultView, type TableView } from './table-view.ts'

/** Kept in the user's Bitrix24 app options (a third-party frame may have no usable storage). */
const OPTION = 'telephonyUsersView'
const SAVE_AFTER_MS = 800

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
    const timer = setTimeout(() => {
      saved.current = text
      portal.setUserOption(OPTION, text).catch(() => undefined) // a lost preference is not worth an error
    }, SAVE_AFTER_MS)
    return () => clearTimeout(timer)
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

import { useCallback, useEffect, useRef, useState } from 'react'
import { z } from 'zod/mini'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { defaultView, type TableView } from './table-view.ts'

/** Kept in the user's Bitrix24 app options (a third-party frame may have no usable storage). */
const OPTION = 'telephonyUsersView'
const SAVE_AFTER_MS = 800

const StoredView = z.object({
  search: z.catch(z.string(), ''),
  departmentId: z.catch(z.nullable(z.int()), null),
  phone: z.catch(z.enum(['all', 'on', 'off', 'not-set']), 'all'),
  extension: z.catch(z.enum(['all', 'with', 'without', 'shared']), 'all'),
  sort: z.catch(z.enum(['name', 'department', 'extension', 'phone']), 'name'),
  descending: z.catch(z.boolean(), false),
})

export function parseView(stored: string | undefined): TableView {
  if (!stored) return defaultView
  try {
    const parsed = StoredView.safeParse(JSON.parse(stored))
    return parsed.success ? parsed.data : defaultView
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
  return { view, update }
}

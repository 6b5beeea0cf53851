import { useCallback, useState } from 'react'

/** The employees ticked for a bulk action or an export, by id. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  // Stable, so the memoised rows do not re-render when only another row's selection changes.
  const select = useCallback((ids: readonly number[], checked: boolean) => {
    setSelected((current) => {
      const next = new Set(current)
      for (const id of ids) {
        if (checked) next.add(id)
        else next.delete(id)
      }
      return next
    })
  }, [])
  const clear = useCallback(() => setSelected(new Set()), [])
  return { selected, select, clear }
}

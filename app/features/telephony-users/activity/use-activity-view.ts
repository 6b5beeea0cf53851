import { useMemo, useState } from 'react'
import type { Employee, SipTable } from '../model/types.ts'
import { useActivity } from './activity-cache.ts'
import { matchesActivity, type ActivityFilter } from './classify.ts'

/**
 * The activity filter over the table's rows, and the unused phones among them. Ages are counted from
 * when the scan read them, so a row does not change its class while the screen stays open.
 */
export function useActivityView(shown: Employee[], sip: SipTable | undefined) {
  const scan = useActivity()
  const [filter, setFilter] = useState<ActivityFilter>('all')
  const listed = useMemo(() => {
    if (!scan || filter === 'all') return shown
    return shown.filter((e) =>
      matchesActivity(filter, scan.byId.get(e.id), sip?.byId.get(e.id)?.phone, scan.readAt),
    )
  }, [shown, scan, filter, sip])
  const unused = useMemo(
    () =>
      scan
        ? shown.filter((e) =>
            matchesActivity('unused-90', scan.byId.get(e.id), sip?.byId.get(e.id)?.phone, scan.readAt),
          ).length
        : 0,
    [shown, scan, sip],
  )
  return { scan, filter, setFilter, listed, unused }
}

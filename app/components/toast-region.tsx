import { lazy, Suspense } from 'react'
import { useToasts } from '@/lib/toasts.ts'

// Most openings show no message at all: the list and Mantine's Notification load with the first one.
const ToastList = lazy(() => import('./toast-list.tsx').then((m) => ({ default: m.ToastList })))

/** Where transient messages appear. */
export function ToastRegion() {
  const toasts = useToasts()
  if (toasts.length === 0) return null
  return (
    <Suspense>
      <ToastList toasts={toasts} />
    </Suspense>
  )
}

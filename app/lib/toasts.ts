import { useSyncExternalStore } from 'react'

export interface Toast {
  id: number
  title: string
  message: string
  tone: 'error' | 'info'
}

/** A tiny store of transient messages (failed toggles…): no notification library on the first screen. */
let toasts: readonly Toast[] = []
let nextId = 1
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((listener) => listener())

export const TOAST_MS = 10_000

export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++
  toasts = [...toasts, { ...toast, id }].slice(-5)
  emit()
  setTimeout(() => dismissToast(id), TOAST_MS)
  return id
}

export function dismissToast(id: number) {
  if (!toasts.some((toast) => toast.id === id)) return
  toasts = toasts.filter((toast) => toast.id !== id)
  emit()
}

/**
 * Empties the store: it lives as long as the module, so tests start from nothing (app/test/setup.ts).
 * Ids keep counting, so a timer left from before can never dismiss a new toast.
 */
export function resetToasts(): void {
  toasts = []
  emit()
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => toasts,
  )
}

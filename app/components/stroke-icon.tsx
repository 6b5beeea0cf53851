import type { ReactNode } from 'react'

/** A small decorative line icon (its button carries the accessible name). */
export function StrokeIcon({ children }: { children: ReactNode }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      {children}
    </svg>
  )
}

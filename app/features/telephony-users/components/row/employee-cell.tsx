import { useEffect, useRef } from 'react'
import classes from './row.module.css'
import type { Employee } from '@/features/telephony-users/model/types.ts'

/**
 * A row's photo is asked for once the row has stayed on screen this long: rows that only flash past
 * while someone types a search or scrolls never download theirs, and photos landing cannot slow the
 * next keystroke.
 */
export const ROW_PHOTO_DELAY_MS = 150

/**
 * Photo, full name and position. The name is the button that opens the employee's panel (it holds what
 * narrow frames leave out); long or odd names are text, truncated, with the whole name on hover.
 */
export function EmployeeCell({ employee, onOpen }: { employee: Employee; onOpen: (id: number) => void }) {
  return (
    <div className={classes.person}>
      <Avatar employee={employee} delayMs={ROW_PHOTO_DELAY_MS} />
      <div className={classes.stack}>
        <button
          type="button"
          className={classes.name}
          title={employee.fullName}
          aria-haspopup="dialog"
          onClick={() => onOpen(employee.id)}
        >
          {employee.fullName}
        </button>
        <span className={classes.dim} title={employee.position}>
          {employee.position}
        </span>
      </div>
    </div>
  )
}

/**
 * The employee's photo over their initials (which show while it loads, or waits `delayMs`); decorative
 * (the name is beside it). The delayed photo is set on the element itself, not through a state update:
 * a re-render of every row on screen when the photos start would interrupt whatever the table is
 * rendering then (the next keystroke's results).
 */
export function Avatar({
  employee,
  large = false,
  delayMs = 0,
}: {
  employee: Employee
  large?: boolean
  delayMs?: number
}) {
  const image = useRef<HTMLImageElement>(null)
  const url = employee.photoUrl
  useEffect(() => {
    const element = image.current
    if (!element || !url || delayMs === 0) return
    const timer = setTimeout(() => element.setAttribute('src', url), delayMs)
    return () => clearTimeout(timer)
  }, [url, delayMs])
  return (
    <span className={large ? classes.avatarLarge : classes.avatar} aria-hidden>
      {initials(employee.fullName)}
      {url && <img ref={image} src={delayMs === 0 ? url : undefined} alt="" />}
    </span>
  )
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => [...word][0] ?? '')
    .filter((char) => /\p{L}/u.test(char))
    .slice(0, 2)
    .join('')
    .toUpperCase()
}

import classes from './row.module.css'
import type { Employee } from '../model/types.ts'

/**
 * Photo, full name and position. The name is the button that opens the employee's panel (it holds what
 * narrow frames leave out); long or odd names are text, truncated, with the whole name on hover.
 */
export function EmployeeCell({ employee, onOpen }: { employee: Employee; onOpen: (id: number) => void }) {
  return (
    <div className={classes.person}>
      <Avatar employee={employee} />
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

/** The employee's photo, or their initials; decorative (the name is beside it). */
export function Avatar({ employee, large = false }: { employee: Employee; large?: boolean }) {
  return (
    <span className={large ? classes.avatarLarge : classes.avatar} aria-hidden>
      {employee.photoUrl ? (
        <img src={employee.photoUrl} alt="" loading="lazy" />
      ) : (
        initials(employee.fullName)
      )}
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

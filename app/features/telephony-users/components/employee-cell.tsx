import classes from './row.module.css'
import type { Employee } from '../model/types.ts'

/** Photo, full name and position; long or odd names are text, truncated, with the whole name on hover. */
export function EmployeeCell({ employee }: { employee: Employee }) {
  return (
    <div className={classes.person}>
      <span className={classes.avatar} aria-hidden>
        {employee.photoUrl ? (
          <img src={employee.photoUrl} alt="" loading="lazy" />
        ) : (
          initials(employee.fullName)
        )}
      </span>
      <div className={classes.stack}>
        <span className={classes.strong} title={employee.fullName}>
          {employee.fullName}
        </span>
        <span className={classes.dim} title={employee.position}>
          {employee.position}
        </span>
      </div>
    </div>
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

import type { InputHTMLAttributes } from 'react'
import classes from './row-controls.module.css'

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className' | 'role'>

/**
 * A row's checkbox and phone switch: a native input over a drawn box, in the look of Mantine's
 * Checkbox (xs) and Switch (sm) with the theme's Air colours (the header and the panel keep Mantine's).
 * Every row has both, and rows mount with each scroll step and each keystroke's results: Mantine's
 * components resolve their props and styles on every render, which was about a seventh of the main
 * thread's work before the first rows showed.
 */
export function RowCheckbox(props: InputProps) {
  return (
    <span className={classes.checkbox}>
      <input type="checkbox" {...props} />
      <svg viewBox="0 0 10 7" aria-hidden>
        <path
          d="M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z"
          fill="currentColor"
          fillRule="evenodd"
          clipRule="evenodd"
        />
      </svg>
    </span>
  )
}

/** An on/off switch (`role="switch"`): the input lies over the track and takes the clicks itself. */
export function RowSwitch(props: InputProps) {
  return (
    <span className={classes.switch}>
      <input type="checkbox" role="switch" {...props} />
      <span className={classes.track} aria-hidden />
    </span>
  )
}

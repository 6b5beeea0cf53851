import type { InputHTMLAttributes } from 'react'
import classes from './row-controls.module.css'

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className' | 'role'>

/**
 * A row's checkbox and phone switch: native inputs drawn by CSS (the checkbox is the input alone, its
 * mark a background), in the look of Mantine's Checkbox (xs) and Switch (sm) with the theme's Air
 * colours (the header and the panel keep Mantine's).
 * Every row has both, and rows mount with each scroll step and each keystroke's results: Mantine's
 * components resolve their props and styles on every render, which was about a seventh of the main
 * thread's work before the first rows showed.
 */
export function RowCheckbox(props: InputProps) {
  return <input type="checkbox" className={classes.checkbox} {...props} />
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

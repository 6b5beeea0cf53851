import type { ReactNode } from 'react'
import classes from './empty-state.module.css'

/** What a list shows when it has nothing to show: Bitrix24's icon in a soft circle, and why. */
export function EmptyState({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <div className={classes.root}>
      <span className={classes.icon}>{icon}</span>
      <p className={classes.text}>{children}</p>
    </div>
  )
}

import { Drawer } from '@mantine/core'
import type { ReactNode } from 'react'

/**
 * The panel's dialog: named by its title (the employee), it traps focus and closes with Escape or its
 * close button. Loaded on first use, and it imports Mantine's Drawer only: a lazy chunk that shares the
 * app's own modules makes rolldown split the first screen into more chunks (about 2 KB gzipped more).
 */
export function EmployeePanelDrawer({
  title,
  closeLabel,
  titleClassName,
  onClose,
  children,
}: {
  title: ReactNode
  closeLabel: string
  titleClassName: string | undefined
  onClose: () => void
  children: ReactNode
}) {
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="md"
      title={title}
      closeButtonProps={{ 'aria-label': closeLabel }}
      classNames={{ title: titleClassName }}
      // Mantine takes the element to return to when `opened` turns true, never on mount: the caller does.
      returnFocus={false}
    >
      {children}
    </Drawer>
  )
}

import { lazy, Suspense, useRef, useState } from 'react'
import masks from '@/components/icons/icon-masks.module.css'
import { mayEditExtension } from '@/features/telephony-users/api/get-edit-rights.ts'
import type { Employee } from '@/features/telephony-users/model/types.ts'
import classes from './extension-cell.module.css'
import { useExtensionState } from './extension-context.tsx'
import { useRowText } from '../row/row-text.tsx'
import { withLaterTexts } from '@/i18n/i18n.ts'

// The editor mounts only when someone starts editing: rows stay cheap, and it is not in the first bundle.
const ExtensionEditor = lazy(
  withLaterTexts(() => import('./extension-editor.tsx').then((m) => ({ default: m.ExtensionEditor }))),
)

/** The extension, a mark when another employee holds it too, and (when allowed) a pencil to edit it. */
export function ExtensionCell({ employee }: { employee: Employee }) {
  const t = useRowText()
  const { rights, conflicts } = useExtensionState()
  const [editing, setEditing] = useState(false)
  const pencil = useRef<HTMLButtonElement>(null)
  const value = <span className={classes.value}>{employee.extension ?? t('users.noValue')}</span>
  if (editing)
    return (
      <Suspense fallback={value}>
        <ExtensionEditor
          employee={employee}
          compact
          onDone={() => {
            setEditing(false)
            requestAnimationFrame(() => pencil.current?.focus())
          }}
        />
      </Suspense>
    )
  return (
    <div className={classes.cell}>
      {/* The mark goes under the number: the column is narrow. */}
      <div className={classes.stack}>
        {value}
        {conflicts.shared.has(employee.id) && (
          <span className={classes.shared} title={t('extension.sharedHelp')}>
            {t('extension.shared')}
          </span>
        )}
      </div>
      {mayEditExtension(rights, employee.id) && (
        <button
          ref={pencil}
          type="button"
          className={`${classes.edit} ${masks.edit}`}
          aria-label={t('extension.edit', { name: employee.fullName })}
          title={t('extension.edit', { name: employee.fullName })}
          onClick={() => setEditing(true)}
        />
      )}
    </div>
  )
}

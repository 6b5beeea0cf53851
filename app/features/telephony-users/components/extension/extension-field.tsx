import { ActionIcon, Group, Stack, Text } from '@mantine/core'
import { lazy, Suspense, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EditIcon } from '@/components/icons/edit-icon.tsx'
import { useCachedDirectory } from '@/features/telephony-users/api/get-directory.ts'
import { mayEditExtension, useEditRights } from '@/features/telephony-users/api/get-edit-rights.ts'
import type { Employee } from '@/features/telephony-users/model/types.ts'
import { conflictsOf } from '@/features/telephony-users/model/extension-conflicts.ts'
import { ExtensionRightsNote } from './extension-rights-note.tsx'
import { withLaterTexts } from '@/i18n/i18n.ts'

const ExtensionEditor = lazy(
  withLaterTexts(() => import('./extension-editor.tsx').then((m) => ({ default: m.ExtensionEditor }))),
)

/**
 * The employee's extension for the side panel: who else holds it, an editor when the app may change it
 * (scope `user`, an administrator), otherwise one line saying how to allow it.
 */
export function ExtensionField({ employee }: { employee: Employee }) {
  const { t } = useTranslation()
  const rights = useEditRights()
  const { data: directory } = useCachedDirectory()
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const employees = directory?.employees ?? []
  const others = employee.extension
    ? (conflictsOf(employees).holders.get(employee.extension) ?? []).filter((id) => id !== employee.id)
    : []
  const names = others.map((id) => employees.find((e) => e.id === id)?.fullName ?? `#${id}`)

  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {t('extension.label')}
      </Text>
      {editing ? (
        <Suspense fallback={<Text size="sm">{employee.extension ?? t('users.noValue')}</Text>}>
          <ExtensionEditor
            employee={employee}
            onDone={() => {
              setEditing(false)
              requestAnimationFrame(() => editButton.current?.focus())
            }}
          />
        </Suspense>
      ) : (
        <Group gap={4}>
          <Text size="sm">{employee.extension ?? t('users.noValue')}</Text>
          {mayEditExtension(rights, employee.id) && (
            <ActionIcon
              ref={editButton}
              variant="subtle"
              color="gray"
              aria-label={t('extension.edit', { name: employee.fullName })}
              title={t('extension.edit', { name: employee.fullName })}
              onClick={() => setEditing(true)}
            >
              <EditIcon />
            </ActionIcon>
          )}
        </Group>
      )}
      {names.length > 0 && (
        <Text size="xs" c="orange.9">
          {t('extension.sharedWith', { names: names.join(', ') })}
        </Text>
      )}
      <ExtensionRightsNote rights={rights} />
    </Stack>
  )
}
